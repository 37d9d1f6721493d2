"""Replace Wagtail's welcome page with the site's tree: home, idea list, trip list."""

from django.db import migrations

TREE = [
    # (path, depth, numchild, app, model, title, slug, url_path)
    ("00010001", 2, 2, "kb", "homepage", "Lumbung Inovasi", "home", "/home/"),
    ("000100010001", 3, 0, "ideas", "ideaindexpage", "Ide dan Inovasi", "ide", "/home/ide/"),
    (
        "000100010002",
        3,
        0,
        "ideas",
        "studytripindexpage",
        "Studi Banding",
        "studi-banding",
        "/home/studi-banding/",
    ),
]


def create_tree(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")

    Page.objects.filter(
        content_type__app_label="wagtailcore", content_type__model="page", depth=2, slug="home"
    ).delete()
    locale = Locale.objects.order_by("pk").first()
    pages = {}
    for path, depth, numchild, app, model, title, slug, url_path in TREE:
        content_type, _ = ContentType.objects.get_or_create(app_label=app, model=model)
        pages[model] = apps.get_model(app, model).objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            path=path,
            depth=depth,
            numchild=numchild,
            url_path=url_path,
            content_type=content_type,
            locale=locale,
            live=True,
            has_unpublished_changes=False,
        )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page=pages["homepage"],
        is_default_site=True,
        site_name="Lumbung Inovasi",
    )


def remove_tree(apps, schema_editor):
    apps.get_model("wagtailcore.Page").objects.filter(path__startswith="00010001").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("kb", "0001_initial"),
        ("ideas", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_tree, remove_tree)]
