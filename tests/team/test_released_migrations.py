"""A released team migration never changes (schema.py): a server at version N has run exactly that SQL, so a
different text would leave servers that differ under one version number. Folding the Python that builds a
migration is fine as long as every statement comes out byte for byte the same."""

import hashlib

from desktop_app.team.schema import MIGRATIONS

# The SHA-256 of each released migration's statements, joined by "\n;\n", as they were released.
RELEASED = {
    1: "8ca28c2fe9a174b1395552121d75623e16af3f8f8461f73b3b4d90bcbe97ae48",
    2: "2845aa0484762ccdf0ed235cef0e5d79ce524b645f2463851d0fcd64184b2285",
    3: "8b69d6f7712ac7e85a460f77500f423ef525caa50c2ca99b44ba30ae6cdb68fe",
    4: "6e9c63142ba492f2f36cb14cad5caff0fed4a99bf23c4b365262ea41022ced2d",
    5: "a88bc2cf0da515d6062bad19e6eb82cd5766e75d82b4829169ae4478c9b4cbe4",
}


def test_the_released_migrations_are_the_sql_they_were_released_with():
    found = {version: hashlib.sha256("\n;\n".join(MIGRATIONS[version]).encode()).hexdigest() for version in RELEASED}
    assert found == RELEASED
