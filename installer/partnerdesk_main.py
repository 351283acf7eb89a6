"""The entry point of both executables of the bundle (``PartnerDesk`` and the command line).

Without a command the window opens; ``PartnerDesk gui FILE`` previews a sync bundle for import
(what the bundle file type runs); every ``partnerdesk`` command works as documented.
"""

from desktop_app.cli import entry_point

if __name__ == "__main__":
    entry_point()
