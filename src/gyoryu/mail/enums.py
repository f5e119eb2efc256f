"""Where a message is in its life: waiting, being sent under a lease, sent, or given up."""

from enum import StrEnum


class MailStatus(StrEnum):
    pending = "pending"  # waiting for its first send or for its next retry (`next_attempt_at`)
    sending = "sending"  # claimed by a delivery run until `claimed_at` + the lease
    sent = "sent"  # the SMTP server accepted it
    failed = "failed"  # refused for good (5xx) or out of attempts; `last_error` says why
