"""Partnership detail: lifecycle phase, people, contributions and the rolling workplan."""

from desktop_app.ui.partnership_detail.view import PartnershipDetail

__all__ = ["PartnershipDetail"]
