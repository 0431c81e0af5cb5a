"""The petition values a caller records: a letter (đơn, thư), its kind, system, channel and sender.

The sender's identity is protected (Chỉ thị 27-CT/TW): name, address and ID number are hidden
from ``repr`` and never enter an explanation.
"""

from __future__ import annotations

import enum
from datetime import date

import attrs

__all__ = ["Channel", "Petition", "PetitionKind", "Sender", "System"]


class PetitionKind(enum.StrEnum):
    """What a letter is."""

    TO_CAO = "to_cao"
    KHIEU_NAI = "khieu_nai"
    KIEN_NGHI = "kien_nghi"
    PHAN_ANH = "phan_anh"
    THONG_TIN_PHAN_ANH = "thong_tin_phan_anh"


class System(enum.StrEnum):
    """Party rules or state law."""

    PARTY = "dang"
    STATE = "nha_nuoc"


class Channel(enum.StrEnum):
    """How the letter came."""

    DIRECT = "truc_tiep"
    POST = "buu_dien"
    ELECTRONIC = "dien_tu"
    RECEPTION = "tiep_cong_dan"
    PRESS = "bao_chi"
    FORWARDED = "chuyen_den"


@attrs.frozen
class Sender:
    """The sender (người gửi). Identity fields are protected: hidden from ``repr`` and explanations."""

    full_name: str | None = attrs.field(default=None, repr=False)
    address: str | None = attrs.field(default=None, repr=False)
    citizen_id: str | None = attrs.field(default=None, repr=False)
    named: bool = False
    signers: int = 1
    signed_personally: bool = True
    capable: bool = True


@attrs.frozen
class Petition:
    """A petition (đơn, thư) and the dates of its handling. ``summary`` may name people: hidden from ``repr``."""

    id: str
    kind: PetitionKind = attrs.field(converter=PetitionKind)
    system: System = attrs.field(converter=System)
    received_on: date = attrs.field(kw_only=True)
    channel: Channel = attrs.field(default=Channel.DIRECT, converter=Channel, kw_only=True)
    receiving_body: str = attrs.field(default="", kw_only=True)
    subject: str | None = attrs.field(default=None, kw_only=True)
    summary: str = attrs.field(default="", repr=False, kw_only=True)
    sender: Sender | None = attrs.field(default=None, kw_only=True)
    specific: bool = attrs.field(default=True, kw_only=True)
    facts: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    central: bool = attrs.field(default=False, kw_only=True)
    accepted_on: date | None = attrs.field(default=None, kw_only=True)
    extensions: int = attrs.field(default=0, kw_only=True)
    complex: bool = attrs.field(default=False, kw_only=True)
    especially_complex: bool = attrs.field(default=False, kw_only=True)
    remote: bool = attrs.field(default=False, kw_only=True)
    second_instance: bool = attrs.field(default=False, kw_only=True)
    closed_on: date | None = attrs.field(default=None, kw_only=True)

    @property
    def anonymous(self) -> bool:
        """No identifiable, named sender."""
        return self.sender is None or not self.sender.named
