"""The Sync view: peers and their status, bundle export and import (with preview), and the
conflict inbox."""
