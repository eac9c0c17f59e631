"""The pricing core: catalog, requirements, price lines, recommendation,
headroom, savings. No Qt, no I/O but reading a catalog."""

from desktop_app.core.catalog import Catalog, CatalogError, CrmConnector, Feature, Plan, load_catalog
from desktop_app.core.headroom import CostCurves, Headroom, headroom
from desktop_app.core.pricing import (
    LINE_CODES,
    TOTAL_CODES,
    Comparison,
    NearestFit,
    PlanQuote,
    PriceLine,
    Reason,
    compare,
    nearest_fit,
)
from desktop_app.core.requirements import FIELDS, Problem, Requirements, RequirementsError, parse_requirements
from desktop_app.core.savings import Saving, contract_dict, parse_current_cost, saving

__all__ = [
    "FIELDS",
    "LINE_CODES",
    "TOTAL_CODES",
    "Catalog",
    "CatalogError",
    "Comparison",
    "CostCurves",
    "CrmConnector",
    "Feature",
    "Headroom",
    "NearestFit",
    "Plan",
    "PlanQuote",
    "PriceLine",
    "Problem",
    "Reason",
    "Requirements",
    "RequirementsError",
    "Saving",
    "compare",
    "contract_dict",
    "headroom",
    "load_catalog",
    "nearest_fit",
    "parse_current_cost",
    "parse_requirements",
    "saving",
]
