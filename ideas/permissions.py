"""Who may publish an idea: nobody publishes their own new idea without another leader's review.

Leaders (Pimpinan) hold Wagtail's publish permission so that approving a proposal can publish
it. Without these testers a leader could skip the review of their own proposal by pressing
"Publish": a new idea is published only by approving it in "Tinjauan Pimpinan", by someone
other than its owner.
"""

from wagtail.models import PagePermissionTester


class IdeaIndexPermissionTester(PagePermissionTester):
    def can_publish_subpage(self):
        """A new idea is saved as a draft and submitted; the create view cannot publish it."""
        return False


class IdeaPermissionTester(PagePermissionTester):
    def can_publish(self):
        return super().can_publish() and not self.is_own_unreviewed_idea()

    def is_own_unreviewed_idea(self):
        return self.page.first_published_at is None and self.page.owner_id == self.user.pk
