"""Entry points the ingest command looks up (`diembao.stories.service.attach`); see storeglue."""

from diembao.stories.storeglue import attach, copy_diff, indexer, recluster, related_stories

__all__ = ["attach", "copy_diff", "indexer", "recluster", "related_stories"]
