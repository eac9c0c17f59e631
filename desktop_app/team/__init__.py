"""A sales team on one PostgreSQL server: logins, per-rep numbering, sync, price lists, the managers' view.

No Qt. This package file imports nothing, so that registering the commands (team.commands) costs `quote`
nothing; psycopg loads only when a team command runs. For pricing: team.catalogs.catalog_for(data_dir, date).
"""
