// Behaviour of the site's forms, kept out of the pages so the content security policy can
// forbid inline scripts: elements opt in through data attributes.
document.addEventListener("change", function (ev) {
  // <select data-submit-on-change>: choosing is submitting (filters, status changes)
  if (ev.target.matches("[data-submit-on-change]")) ev.target.form.submit();
});
document.addEventListener("input", function (ev) {
  // <input data-clears="field">: typing a new organisation name forgets the one picked before
  var name = ev.target.dataset && ev.target.dataset.clears;
  if (name && ev.target.form && ev.target.form[name]) ev.target.form[name].value = "";
});
document.addEventListener("click", function (ev) {
  // a suggestion button inside [data-suggest-for="form-id"] fills the form's name and id fields
  var button = ev.target.closest("button.suggest");
  var box = button && button.closest("[data-suggest-for]");
  if (!box) return;
  ev.preventDefault();
  var form = document.getElementById(box.dataset.suggestFor);
  form[box.dataset.nameField || "organization_name"].value = button.dataset.name;
  form[box.dataset.idField || "organization_id"].value = button.dataset.id;
  box.innerHTML = "";
});
