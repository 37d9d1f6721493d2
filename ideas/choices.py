"""The registry's fixed vocabularies: ATM stage, innovation form, status, stop reason,
agency kind."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    AMATI = "amati", _("Amati")
    TIRU = "tiru", _("Tiru")
    MODIFIKASI = "modifikasi", _("Modifikasi")

    @classmethod
    def derived(cls):
        """Stages that always point at the idea they came from."""
        return (cls.TIRU, cls.MODIFIKASI)


STAGE_HELP = {
    Stage.AMATI: _("Diamati di tempat lain, sebagai bahan belajar."),
    Stage.TIRU: _("Ditiru di sini sebagaimana aslinya."),
    Stage.MODIFIKASI: _("Diadaptasi: apa yang diubah dan mengapa."),
}


class InnovationForm(models.TextChoices):
    GOVERNANCE = "tata_kelola", _("Inovasi tata kelola pemerintahan")
    PUBLIC_SERVICE = "pelayanan_publik", _("Inovasi pelayanan publik")
    OTHER = "lainnya", _("Inovasi urusan pemerintahan lainnya")


class Status(models.TextChoices):
    PROPOSED = "diusulkan", _("Diusulkan")
    UNDER_REVIEW = "dikaji", _("Dikaji")
    TRIAL = "uji_coba", _("Uji coba")
    IMPLEMENTED = "diterapkan", _("Diterapkan")
    INSTITUTIONALISED = "dilembagakan", _("Dilembagakan")
    STOPPED = "dihentikan", _("Dihentikan")

    @classmethod
    def path_to(cls, status):
        """The statuses an idea usually passes to reach `status`, as values (a stopped idea
        stopped after its trial)."""
        order = [s.value for s in cls if s != cls.STOPPED]
        if status == cls.STOPPED:
            return (*order[:3], cls.STOPPED.value)
        return tuple(order[: order.index(status) + 1])


class StopReason(models.TextChoices):
    """Why an innovation stopped, so other agencies learn what to prepare for."""

    REGULATION = "regulasi", _("Regulasi")
    BUDGET = "anggaran", _("Anggaran")
    INFRASTRUCTURE = "infrastruktur", _("Infrastruktur")
    STAFF = "sdm", _("Sumber daya manusia")
    OTHER = "lainnya", _("Lainnya")


class AgencyKind(models.TextChoices):
    DINAS = "dinas", _("Dinas")
    BADAN = "badan", _("Badan")
    BAGIAN = "bagian", _("Bagian")
    KECAMATAN = "kecamatan", _("Kecamatan")
    OTHER = "lainnya", _("Lainnya")
