"""A sales team on one PostgreSQL server: logins, per-rep numbering, sync, price lists, the managers' view.

No Qt. This package file imports nothing heavy, so that registering the commands (team.commands) costs `quote`
nothing; psycopg loads only when a team command runs. For pricing: desktop_app.pricelists.catalog_for(data_dir, date).
"""

from desktop_app import paths

paths.load_deferred_modules()  # psycopg needs ctypes, which a frozen build keeps off the start-up path
