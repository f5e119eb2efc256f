"""Every error a user can meet, numbered and worded in one place (translated at display time).

Messages say what went wrong and where, and what to do; parameters fill the `{}` fields.
"""

from __future__ import annotations

from gyoryu.i18n import N_, Label, Translator

MESSAGES: dict[str, str] = {
    # set-up
    "E001": N_("The database {url} is empty or out of date. Run `gyoryu init` first."),
    "E003": N_("There is nothing with the id {id}: ids are whole numbers from 1 to 2147483647."),
    # accounts
    "E101": N_("'{email}' is not an email address."),
    "E102": N_("A password needs at least 8 characters."),
    "E103": N_("A member account must name the organisation it represents."),
    "E104": N_("An account with the email '{email}' already exists."),
    "E105": N_("Wrong email or password."),
    "E106": N_("You do not have permission to do this."),
    "E107": N_("The form has expired or was not sent from this site. Reload the page and try again."),
    "E108": N_("Your change could not be saved, so nothing was changed. Please try again."),
    "E109": N_("Sign in, or send an API token in the Authorization header (Bearer …)."),
    "E110": N_("This API token is unknown, expired or revoked."),
    "E111": N_("This API token may only read: create a token with the write scope to change things."),
    "E112": N_("This API token does not reach '{domain}'; it is limited to: {allowed}."),
    "E113": N_("Unknown token scope '{value}'. Use read or write."),
    "E114": N_("A token lasts from 1 to {max} days, not '{value}'."),
    "E115": N_("No API token with id {id}."),
    "E116": N_("Unknown API area '{value}'. Use one of: {allowed}."),
    "E117": N_("Too many failed sign-ins for this account or from your address. Try again in {seconds} seconds."),
    "E118": N_("No session with id {id}."),
    "E119": N_("The current password is wrong."),
    "E120": N_("The two new passwords differ: type the same new password twice."),
    "E121": N_("This password reset link is unknown, used or expired. Ask for a new one."),
    # accounts: the second factor (E150–E159)
    "E150": N_("Two-step sign-in is already on for this account. Turn it off first to set it up again."),
    "E151": N_("That code is wrong or already used. Type the 6 digits your authenticator app "
               "shows now, or one of your recovery codes."),
    "E152": N_("No set-up is waiting for a code: start setting up two-step sign-in first."),
    "E153": N_("The second factor is changed only from a signed-in browser, not with an API token."),
    "E154": N_("Two-step sign-in is for admins and organisers."),
    "E155": N_("Two-step sign-in is not on for this account."),
    "E156": N_("This sign-in waited too long for its code. Type your email and password again."),
    # directory
    "E201": N_("No organisation with id {id}."),
    "E202": N_("Unknown kind '{value}'. Use one of: {allowed}."),
    "E203": N_("'{value}' is not a two-letter country code (KR, CN, US, …)."),
    "E204": N_("Unknown sector '{value}'."),
    "E205": N_("Unknown place '{value}'."),
    "E206": N_("An organisation needs at least one name."),
    "E207": N_("'{value}' is not a year."),
    "E208": N_("'{value}' is not a web address (it should start with http:// or https://)."),
    "E209": N_("Unknown size band '{value}'. Use one of: {allowed}."),
    "E210": N_("The name '{name}' already belongs to {other} (id {id})."),
    "E211": N_("Unknown organisation '{value}'."),
    "E212": N_("No person with id {id}."),
    "E213": N_("No place with id {id}."),
    "E214": N_("'{value}' contains a control character ({char}): remove it."),
    "E215": N_("'{value}' is not a key: use lowercase letters a–z, digits and dashes (tencent-cloud), at most 96."),
    "E216": N_("'{value}…' is too long: at most {limit} characters."),
    "E217": N_("The key '{value}' already belongs to {other} (id {id})."),
    "E220": N_("A place needs at least one name."),
    "E221": N_("A place needs a key: lowercase letters a–z, digits and dashes (kr-seoul)."),
    "E222": N_("Unknown place kind '{value}'. Use one of: {allowed}."),
    "E223": N_("A person needs at least one name."),
    "E224": N_("'{value}' is not a date: write a year, a month or a day (2022, 2022-07, 2022-07-15)."),
    "E225": N_("'{value}' is among its own parents: nothing can lie inside itself."),
    "E226": N_("Unknown kind of record '{value}'. Use one of: {allowed}."),
    "E227": N_("Unknown detail '{value}' in '{item}'. Use: {allowed}."),
    "E228": N_("'{value}' is not a cluster: a cluster is a place of kind cluster."),
    # import / export
    "E300": N_("Invalid value: {detail}"),
    "E301": N_("Cannot read '{file}': {reason}"),
    "E302": N_("'{file}' has no header row with a name column (name_ko, name_zh, name_en …)."),
    "E303": N_("Unknown file type '{file}'. Use .csv or .xlsx."),
    "E304": N_("Unknown column '{column}'."),
    "E305": N_("Row {row} repeats the name '{name}' of row {other}."),
    "E306": N_("Unknown export format '{value}'. Use csv, xlsx or json."),
    "E307": N_("'{file}' has more than {limit} rows: split it into smaller files."),
    "E308": N_("'{file}', row {row}, column {column} has {length} characters; a cell holds at most {limit}."),
    "E309": N_("'{file}' would unpack to {size} (at most {limit}, and at most {ratio} times its "
               "packed size): it was not opened."),
    "E310": N_("'{file}' is {size}; at most {limit} is accepted."),
    "E311": N_("'{file}', row {row} has more than {limit} columns."),
    "E313": N_("Row {row} repeats the key '{key}' of row {other}."),
    "E314": N_("Unknown choice '{value}' for what to do with existing names. Use one of: {allowed}."),
    "E312": N_("The request is larger than {limit}, the most this address accepts: nothing was kept."),
    # backups
    "E320": N_("'{file}' is not a gyoryu backup: {reason}. Nothing was restored."),
    "E321": N_("'{file}' was made by a newer gyoryu (its schema revision {revision} is unknown "
               "here): upgrade gyoryu, then restore it. Nothing was restored."),
    "E322": N_("'{file}' is damaged: {member} does not match the checksum or row count in its "
               "manifest. Nothing was restored."),
    "E323": N_("The database {url} is not empty (the table {table} holds rows): restore into a "
               "new, empty database. Nothing was changed."),
    "E324": N_("'{file}' is backup format {version}; this gyoryu reads format {supported}. "
               "Nothing was restored."),
    "E325": N_("'{file}', {member}, line {line}: {reason}. Nothing was restored."),
    "E326": N_("The database {url} already has tables, but not at the schema revision of the "
               "backup: restore into a new, empty database. Nothing was changed."),
    "E327": N_("'{file}' does not match the schema it names: {detail}. Nothing was restored."),
    "E328": N_("'{file}' holds '{member}', which is not part of a gyoryu backup: it was not "
               "opened. Nothing was restored."),
    "E329": N_("Cannot write the backup to '{file}': {reason}"),
    "E330": N_("The column {table}.{column} has a type backups do not know ({type}): nothing "
               "was written."),
    # news intelligence
    "E401": N_("Cannot read '{file}': {reason}"),
    "E402": N_("'{file}' has no article text that could be extracted from its HTML."),
    "E403": N_("'{file}' is not an article file. Use one of: {allowed}."),
    "E404": N_("'{file}' is empty."),
    "E405": N_("No article with id {id}."),
    "E406": N_("No review with id {id}."),
    "E407": N_("Review {id} has already been decided."),
    "E408": N_("Choose an organisation to link '{name}' to."),
    # news feeds and batch ingestion
    "E420": N_("'{url}' is not a web address of a feed (it should start with http:// or https://)."),
    "E421": N_("Cannot fetch '{url}': {reason}"),
    "E422": N_("'{url}' answered with content of type '{type}'; expected one of: {allowed}."),
    "E423": N_("'{url}' is larger than {limit} bytes; it was not read."),
    "E424": N_("'{url}' is not an RSS or Atom feed."),
    "E425": N_("The feed '{url}' has already been added (id {id})."),
    "E426": N_("No feed with id {id}."),
    "E427": N_("'{url}' leads to {address}, an address outside the public internet; feeds are read "
                "only from public addresses."),
    "E428": N_("'{value}' is not a date (use YYYY-MM-DD)."),
    "E429": N_("Unknown {field} '{value}'. Use one of: {allowed}."),
    "E430": N_("Ray could not start ({address}): {reason}"),
    # programs
    "E501": N_("No program with id {id}."),
    "E502": N_("No participant with id {id}."),
    "E503": N_("Registration for this program is closed."),
    "E504": N_("'{email}' is already registered for this program."),
    "E505": N_("The program is full ({capacity} places): accept someone only after a place frees up."),
    "E506": N_("Unknown {field} '{value}'. Use one of: {allowed}."),
    "E507": N_("'{value}' is not a time of day (use HH:MM, e.g. 09:30)."),
    "E508": N_("No visit with id {id}."),
    "E509": N_("The day {value} is not within the program's dates."),
    "E510": N_("A travel time needs a whole number of minutes from 0 to 1440, not '{value}'."),
    "E511": N_("No meeting request with id {id}."),
    "E512": N_("{org} does not take part in this program, or nobody from it has been accepted yet."),
    "E513": N_("This request has already been answered."),
    "E514": N_("You cannot request a meeting with your own organisation."),
    "E515": N_("The program has no meeting slots: add a meeting day on the meeting grid page first."),
    "E516": N_("Please give your {field}."),
    "E517": N_("The program ends before it starts."),
    "E518": N_("There is no meeting schedule to publish yet: solve it first."),
    "E519": N_("A language pair is two different languages of {allowed} with a dash (ko-zh), not '{value}'."),
    "E520": N_("No interpreter with id {id}."),
    "E521": N_("An interpreter's meetings a day are a whole number from 1 to 100, not '{value}'."),
    "E523": N_("A program with the key '{value}' already exists: choose another key."),
    "E522": N_("You act for {org} here once the organisers have accepted your registration for it."),
    "E528": N_("Registration for this program opens on {when}."),
    "E529": N_("Registration for this program closed on {when}."),
    "E530": N_("To register, please agree to the use of your personal data as described."),
    "E531": N_("'{value}' is not a time zone (use a name such as Asia/Seoul or Asia/Shanghai)."),
    "E532": N_("Registration must close after it opens."),
    "E533": N_("The schedule has no meetings: publishing it would take every meeting away from "
               "the participants. Accept participants and their requests, solve again, or "
               "confirm to publish it empty."),
    "E550": N_("Meetings placed by this schedule: {placed} (score {objective}); by the published "
               "version: {published} (score {published_objective}). Participants who would lose "
               "a meeting they have now: {losing}. Confirm to publish it anyway."),
    "E551": N_("A meeting day must end after it starts ({start}–{end})."),
    "E552": N_("The break {value} is not within the meeting day ({start}–{end})."),
    "E553": N_("No meeting slot of {minutes} minutes fits between {start} and {end} outside the "
               "breaks."),
    "E554": N_("The program has no meeting day on {day}."),
    "E555": N_("No tables with id {id}."),
    "E556": N_("The program has no meeting tables: add tables in a hall on the meeting grid page "
               "first."),
    "E557": N_("The program would have {count} meeting tables; at most {limit} are possible."),
    "E559": N_("'{value}' is not a break (use HH:MM-HH:MM, e.g. 12:00-13:00)."),
    # programs: per-program roles and check-in
    "E140": N_("No account with the e-mail '{email}': its owner needs an account first."),
    "E141": N_("Unknown program role '{value}'. Use one of: {allowed}."),
    "E142": N_("No one with id {id} has a role in this program."),
    "E143": N_("{name} is {status}: only an accepted participant can be checked in."),
    "E560": N_("{value} is not a meeting day of the program: add the day first."),
    "E561": N_("The program has no tables in a hall named '{hall}': walking time is set between "
               "halls that have tables ({halls})."),
    "E562": N_("Walking time is between two different halls, not from '{hall}' to itself."),
    # outcomes
    "E801": N_("An outcome is between at least two different organisations."),
    "E802": N_("Unknown stage '{value}'. Use one of: {allowed}."),
    "E803": N_("'{value}' is not a currency code (ISO 4217, such as KRW, CNY or USD)."),
    "E804": N_("An amount needs its currency, and a currency needs an amount."),
    "E805": N_("'{value}' is not an amount (a number, 0 or more)."),
    "E806": N_("Say why the relation was dropped."),
    "E807": N_("No held meeting with id {id}."),
    "E808": N_("No outcome with id {id}."),
    "E809": N_("Characters {start}–{end} are not inside article {id} (it has {length})."),
    "E810": N_("No suggestion with id {id}."),
    "E811": N_("Suggestion {id} has already been decided."),
    "E812": N_("'{file}' is too large ({size} bytes; at most {limit})."),
    "E813": N_("'{file}' is not a document we accept: use {allowed}."),
    "E814": N_("No document with id {id}."),
    "E815": N_("'{value}' is not a date (use YYYY-MM-DD)."),
    "E816": N_("Follow-up days are whole numbers from 0 to 730, such as 7, 90, 180; not '{value}'."),
    "E817": N_("No follow-up question with id {id}."),
    "E818": N_("This follow-up question is about someone else's meeting."),
    "E819": N_("This follow-up question opens on {day}."),
    "E820": N_("Participant {id} does not take part in this program."),
    "E821": N_("The answers to this follow-up question agree: there is nothing to decide."),
    # matchmaking and meeting schedules
    "E701": N_("No matchmaking profile with id {id}."),
    "E702": N_("Unknown capability '{value}'. Use one of: {allowed}."),
    "E703": N_("Meeting request '{request}' names '{who}', who is not a participant."),
    "E704": N_("The meeting schedule cannot be solved: {detail}"),
    # the fund (deals are confidential: E106 for anyone outside the fund)
    "E901": N_("No deal with id {id}."),
    "E902": N_("'{value}' is not a currency code (ISO 4217, e.g. KRW, CNY, USD)."),
    "E903": N_("An amount needs its currency, and a currency needs an amount."),
    "E904": N_("'{value}' is not an amount: give a positive number (e.g. 5000000)."),
    "E905": N_("No {source} '{value}' to name as the deal's source."),
    "E906": N_("Name who referred the deal (the source of a referral)."),
    "E907": N_("A deal at {current} cannot move to {to}."),
    "E908": N_("Scores go from 1 to 5: '{value}' for {criterion} is not one."),
    "E909": N_("Score every criterion before submitting: {missing}."),
    "E910": N_("Your review of this deal is already submitted."),
    "E911": N_("Scoring is closed once a deal reaches the investment committee."),
    "E912": N_("The rubric has no criteria yet: define them first."),
    "E913": N_("A criterion's weight must be a positive number, not '{value}'."),
    "E914": N_("Unknown criterion '{value}'."),
    "E915": N_("{org} already has an open deal (#{id})."),
    # the catalogue (products, inquiries, booths)
    "E1201": N_("A product needs at least one name."),
    "E1202": N_("No product with id {id}."),
    "E1203": N_("Unknown category '{value}'. Use one of: {allowed}."),
    "E1204": N_("Unknown certification '{value}'. Use one of: {allowed}."),
    "E1205": N_("The lowest price {low} is above the highest {high}."),
    "E1206": N_("Give a price range or 'price on request', not both."),
    "E1207": N_("'{value}' is not a whole number from 1 to 2,147,483,647."),
    "E1208": N_("A specification is written 'name: value', not '{value}'."),
    "E1209": N_("'{file}' is not an image we accept: use {allowed}."),
    "E1210": N_("'{file}' is {width}×{height} pixels; at most {limit} pixels a side."),
    "E1211": N_("No image with id {id}."),
    "E1212": N_("No inquiry with id {id}."),
    "E1213": N_("You cannot send an inquiry about your own organisation's product."),
    "E1214": N_("{who} is not an accepted participant of {program}: accept them there first."),
    "E1215": N_("The buyer represents no organisation in the directory, so the inquiry cannot "
                "become a relation between organisations."),
    "E1216": N_("{program} is not an exhibition."),
    "E1217": N_("No booth with id {id}."),
    "E1218": N_("The product key '{value}' belongs to another organisation's product (id {id})."),
    "E1219": N_("This inquiry is closed."),
    "E1220": N_("'{value}' is not yes or no."),
    "E1221": N_("Row {row} repeats the key '{key}' of row {other}."),
    # the relationship graph
    "E951": N_("Unknown graph format '{value}'. Use graphml, gexf or json."),
    "E952": N_("'{value}' is not a year."),
    # clusters
    "E971": N_("No cluster '{value}'. Give a cluster's key (such as kr-pangyo-techno-valley) or id."),
    "E972": N_("Choose two different clusters, not '{value}' twice."),
    # research: trends and reports
    "E981": N_("'{value}' is not a period: use a year (2026), a quarter (2026Q3) or a month (2026-07)."),
    "E982": N_("'{value}' cannot split a trend. Use one or more of: {allowed}."),
    "E983": N_("A trend can be split by only one of sector, cluster and organisation, not {value}."),
    "E984": N_("The period starts ({start}) after it ends ({end})."),
    "E985": N_("Unknown report format '{value}'. Use pdf, xlsx or json."),
}


class GyoryuError(Exception):
    """An error with a stable code, shown to the user in their language."""

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        super().__init__(self.message())

    def message(self, translator: Translator | None = None) -> str:
        template = MESSAGES[self.code]
        params = {k: _localised(v, translator) for k, v in self.params.items()}
        if translator is not None:
            return translator.gettext(template, **params)
        return template.format(**params)

    def __str__(self) -> str:
        return f"[{self.code}] {self.message()}"


class PerLanguage(dict):
    """A parameter known in several languages ({"ko": …, "zh": …, "en": …}), such as an
    organisation's name: the message takes the reader's."""


def _localised(value, translator: Translator | None):
    """Labels marked with `P_` are translated and per-language values chosen at display time,
    so a field name or an organisation appears in the reader's language, not the raiser's."""
    locale = translator.locale if translator is not None else "en"
    if isinstance(value, PerLanguage):
        return value.get(locale) or value.get("en") or next(iter(value.values()), "")
    if isinstance(value, Label):
        return translator.pgettext(*value) if translator is not None else value.message
    return value


class InvalidValue(GyoryuError, ValueError):
    """A field-level error; a ValueError so Pydantic collects every one of a row, not the first."""


class NotFound(GyoryuError):
    pass


def first_error(exc) -> GyoryuError:
    """A pydantic ValidationError as the platform's error: the first numbered cause, or E300."""
    for e in exc.errors():
        cause = (e.get("ctx") or {}).get("error")
        if isinstance(cause, GyoryuError):
            return cause
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(map(str, first.get("loc", ())))
    return InvalidValue("E300", detail=f"{where}: {first.get('msg', '')}".strip(": "))


class Forbidden(GyoryuError):
    def __init__(self):
        super().__init__("E106")


class NeedsConfirmation(GyoryuError):
    """An action that would take something from people (publishing an empty or worse
    schedule) and is done only when the caller confirms it: HTTP 409 until then."""

    status = 409
    field = "confirm"


class Unauthorized(GyoryuError):
    """No one (or no valid token) is behind the request: HTTP 401 with a Bearer challenge."""

    status = 401
    headers = {"WWW-Authenticate": "Bearer"}

    def __init__(self, code: str = "E109"):
        super().__init__(code)


class NotYetForOrganisation(Forbidden):
    """A registrant who named an organisation but does not (yet) speak for it."""

    status = 403

    def __init__(self, org):
        GyoryuError.__init__(self, "E522", org=org)
