"""Printed notices: every official document of the procedure as a PDF (GB/T 9704 layout).

The service layer builds ``model`` dataclasses and calls ``render``; each notice
carries a QR code signed with the issuing site's Ed25519 key (``signing``).
This package imports only the domain layer, reportlab, qrcode and cryptography.
"""
from .model import (APPEALABLE_KINDS, KINDS, Acceptance, ApplicationForm, Approval, CaseRef,
                    HouseholdSection, InvestigationForm, IssuingOffice, Member, MissingMaterials,
                    NonAcceptance, Notice, NoticeHeader, PublicNotice, PublicNoticeRow, Raise,
                    Reduce, Refusal, ReviewContinue, Stop, Supporter, cn_date, cn_month, content_hash, mask_id)
from .fonts import FontResolver, default_resolver, set_default_resolver
from .render import render, render_bytes, render_many
from .signing import (SiteSigner, VerifiedNotice, notice_payload, notice_qr_text,
                      public_key_from_b64, public_key_to_b64, sign_payload, verify_payload,
                      verify_pdf)

__all__ = [
    "KINDS", "APPEALABLE_KINDS", "Acceptance", "ApplicationForm", "Approval", "CaseRef", "HouseholdSection",
    "InvestigationForm", "IssuingOffice", "Member", "MissingMaterials", "NonAcceptance", "Notice",
    "NoticeHeader", "PublicNotice", "PublicNoticeRow", "Raise", "Reduce", "Refusal", "ReviewContinue", "Stop",
    "Supporter", "cn_date", "cn_month", "content_hash", "mask_id", "render", "render_bytes",
    "render_many", "SiteSigner", "VerifiedNotice", "notice_payload", "notice_qr_text",
    "public_key_from_b64", "public_key_to_b64", "sign_payload", "verify_payload", "verify_pdf",
    "FontResolver", "default_resolver", "set_default_resolver",
]
