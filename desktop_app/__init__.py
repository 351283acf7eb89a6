"""PartnerDesk: offline-first desktop application for administrative partnerships abroad."""

__version__ = "0.1.0"
