"""My missions: the expert's offline day (activity log, travel, meals, nights, expenses)."""

from desktop_app.ui.expert_day.view import ExpertDayView

__all__ = ["ExpertDayView"]
