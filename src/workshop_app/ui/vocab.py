"""The words of the domain as people see them on screen, through Qt's translation.

The domain keeps stable keys ("civil_society", "threat", "points"); these functions give the
label for the running language. ``QCoreApplication.translate`` with a fixed context is what
``self.tr()`` does inside a class, and pyside6-lupdate finds both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def stakeholder_labels() -> dict[str, str]:
    return {
        "member_state": _t("Member State"),
        "un_system": _t("UN system entity"),
        "civil_society": _t("Civil society"),
        "professional_association": _t("Professional association"),
        "academia": _t("Academia"),
        "private_sector": _t("Private sector"),
        "local_government": _t("Local government"),
        "staff": _t("UN-Habitat staff"),
        "other": _t("Other"),
    }


def swot_labels() -> dict[str, str]:
    return {
        "strength": _t("Strength"),
        "weakness": _t("Weakness"),
        "opportunity": _t("Opportunity"),
        "threat": _t("Threat"),
    }


def kind_labels() -> dict[str, str]:
    return {
        "ranking": _t("Ranking"),
        "points": _t("Points"),
        "rating": _t("Rating"),
        "open": _t("Open discussion"),
    }


def language_labels() -> dict[str, str]:
    """The six UN languages, each named in its own language so everyone can find theirs."""
    return {
        "en": "English",
        "fr": "Français",
        "es": "Español",
        "ru": "Русский",
        "zh": "中文",
        "ar": "العربية",
    }


def group_label(key: str) -> str:
    return stakeholder_labels().get(key, key)

