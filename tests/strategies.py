"""Hypothesis strategies shared by the core, quote and GUI tests."""

from decimal import Decimal

from hypothesis import strategies as st

from desktop_app import paths
from desktop_app.core import Requirements, load_catalog

CRM_IDS = [c.id for c in load_catalog(paths.builtin_catalog()).crm_connectors]


@st.composite
def requirements(draw, max_employees: int = 1200) -> Requirements:
    """Random valid requirements, from empty to a large office."""
    employees = draw(st.integers(0, max_employees))
    sip_pbx = draw(st.booleans())
    recording = draw(st.booleans())
    crm = draw(st.lists(st.sampled_from(CRM_IDS), unique=True))
    return Requirements(
        employees=employees,
        numbers=draw(st.integers(0, 60)),
        channels=draw(st.integers(0, 300)),
        call_center_operators=draw(st.integers(0, employees)),
        smart_forwarding=draw(st.booleans()),
        sip_pbx=sip_pbx,
        sip_lines=draw(st.integers(0, 100)) if sip_pbx else 0,
        recording=recording,
        storage_gb=draw(st.decimals(0, 500, places=2)) if recording else Decimal(0),
        crm=tuple(c for c in CRM_IDS if c in crm),
        conference_participants=draw(st.integers(0, 130)),
        ivr_levels=draw(st.integers(0, 3)),
    )
