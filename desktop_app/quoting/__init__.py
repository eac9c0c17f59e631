"""The use cases: price, save a draft, export (number → write → record), re-export, revise, set a status.
The one place that numbers, writes and records a quote; the command line and the GUI call only this. No Qt."""

from desktop_app.quoting.checks import check_client, check_inn, choose_plan
from desktop_app.quoting.service import QuotingService, record_for, safe_file_name

__all__ = ["QuotingService", "check_client", "check_inn", "choose_plan", "record_for", "safe_file_name"]
