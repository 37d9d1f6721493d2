"""`manage.py update_index`: Wagtail's command, with a progress bar instead of rows of dots.

With the Whoosh backend each index is rebuilt in a new folder and swapped in when complete,
so searches keep answering from the old index meanwhile.
"""

from modelsearch.management.commands.rebuild_modelsearch_index import (
    Command as RebuildCommand,
)

BAR_WIDTH = 30


class Command(RebuildCommand):
    help = "Rebuild the search index (a new index, swapped in when complete)."

    def queryset_chunks(self, qs, chunk_size=1000):
        self.progress_total = qs.count()
        self.progress_done = 0
        yield from super().queryset_chunks(qs, chunk_size)

    def print_iter_progress(self, iterable):
        shown = ""
        for chunk in iterable:
            yield chunk
            self.progress_done += len(chunk)
            total = max(self.progress_total, self.progress_done, 1)
            filled = BAR_WIDTH * self.progress_done // total
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            percent = 100 * self.progress_done // total
            text = f"[{bar}] {percent:3d}% {self.progress_done}/{total}"
            # Backspaces redraw the bar in place and keep the model's name before it.
            self.write("\b" * len(shown) + text, ending="")
            shown = text
            self.stdout.flush()
