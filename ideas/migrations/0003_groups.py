"""The three groups of the product and what each may do.

Penulis (authors) write ideas and trips and submit them for moderation but cannot
publish; Pimpinan (leaders) review, publish and unpublish; Pembaca (readers) are
signed-in staff who may read pages restricted to them. Pimpinan also joins the
approval task of Wagtail's default moderation workflow, so that leaders can approve or
reject what authors submit.
"""

from django.db import migrations

AUTHOR, LEADER, READER = "Penulis", "Pimpinan", "Pembaca"

PAGE_PERMISSIONS = {
    AUTHOR: {"ideaindexpage": ["add_page"], "studytripindexpage": ["add_page"]},
    LEADER: {"homepage": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]},
}
COLLECTION_PERMISSIONS = {
    AUTHOR: ["add_image", "choose_image", "add_document", "choose_document"],
    LEADER: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
}
MODEL_PERMISSIONS = {
    AUTHOR: [
        ("wagtailadmin", "admin", "access_admin"),
        ("ideas", "agency", "add_agency"),
        ("ideas", "agency", "change_agency"),
    ],
    LEADER: [
        ("wagtailadmin", "admin", "access_admin"),
        ("ideas", "agency", "add_agency"),
        ("ideas", "agency", "change_agency"),
        ("ideas", "agency", "delete_agency"),
    ],
    READER: [],
}
COLLECTION_MODELS = {"image": "wagtailimages", "document": "wagtaildocs"}


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename}
    )
    return permission


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")

    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    root_collection = Collection.objects.filter(depth=1).first()
    for name, permissions in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*[_permission(apps, *p) for p in permissions])
        for model, codenames in PAGE_PERMISSIONS.get(name, {}).items():
            page = Page.objects.filter(content_type__model=model).order_by("path").first()
            if page is None:
                continue
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=page,
                    permission=_permission(apps, "wagtailcore", "page", codename),
                )
        for codename in COLLECTION_PERMISSIONS.get(name, []):
            model = codename.split("_", 1)[1]
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=_permission(apps, COLLECTION_MODELS[model], model, codename),
            )
    leaders = Group.objects.get(name=LEADER)
    for task in GroupApprovalTask.objects.filter(active=True, groups__name="Moderators"):
        task.groups.add(leaders)


def remove_groups(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=[AUTHOR, LEADER, READER]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("ideas", "0002_dimensions"),
        ("kb", "0002_site_structure"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
