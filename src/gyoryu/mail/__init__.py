"""Outgoing e-mail: an outbox table written in the caller's transaction, delivered over SMTP.

`service.enqueue` is all a domain needs; `delivery.deliver_pending` (run by `gyoryu mail deliver`
and by `gyoryu serve` in a background thread) sends what is waiting. See `delivery` for the
guarantee.
"""
