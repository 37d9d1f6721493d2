"""The one StreamBlock used by every long text of the site (idea descriptions, trip reports)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Judul"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Tingkat"),
        choices=[("h2", _("Judul bagian")), ("h3", _("Subjudul"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Judul")
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Gambar"))
    caption = blocks.CharBlock(label=_("Keterangan"), required=False, max_length=300)
    attribution = blocks.CharBlock(label=_("Sumber foto"), required=False, max_length=200)

    class Meta:
        icon = "image"
        label = _("Gambar")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Kutipan"))
    attribution = blocks.CharBlock(label=_("Oleh"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Kutipan")
        template = "blocks/quote_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokumen"))
    title = blocks.CharBlock(
        label=_("Judul tautan"),
        required=False,
        max_length=200,
        help_text=_("Kosongkan untuk memakai judul dokumen."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Dokumen")
        template = "blocks/document_block.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraf"),
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        template="blocks/paragraph_block.html",
    )
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    table = TableBlock(label=_("Tabel"), template="blocks/table_block.html")
    document = DocumentBlock()
    embed = EmbedBlock(
        label=_("Sematan (video)"),
        help_text=_("Alamat video, misalnya dari YouTube."),
        template="blocks/embed_block.html",
    )
