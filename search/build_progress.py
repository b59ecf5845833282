"""Progress of an index build: the callback type, and progress bars on stderr for the CLI."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from tqdm import tqdm

#: progress(stage, done, total); stage is "embed", "dense", "bm25", "entities", "passages".
BuildProgress = Callable[[str, int, int], None]


def tqdm_progress() -> BuildProgress:
    """Progress bars on stderr, one per stage, counting what the stage counts ("passager/s", "meningar/s").

    The embedding bar counts only the passages being embedded (cache hits are free and would make the
    rate meaningless) and starts when embedding starts. A stage that reports only its end (vector index,
    BM25, passage table) is one line with its duration, not a bar: its "rate" would be millions per second.
    """
    bars: dict[str, Any] = {}
    names = {"embed": "Bäddar in passager", "dense": "Vektorindex", "bm25": "BM25", "entities": "Entiteter",
             "passages": "Passagetabell", "sentences": "Bäddar in meningar"}
    units = {"sentences": "meningar"}  # every other stage counts passages
    stage_start = [time.time()]  # when the previous stage ended: where the next one began (tqdm's clock)

    def close_others(stage: str) -> None:
        for name, bar in list(bars.items()):
            if name != stage:
                bar.close()
                del bars[name]

    def cb(stage: str, done: int, total: int) -> None:
        now = time.time()
        close_others(stage)
        if total <= 0:
            if stage == "embed":
                tqdm.write(f"{names[stage]}: inga nya (alla fanns i inbäddningscachen)", file=sys.stderr)
            stage_start[0] = now
            return
        bar = bars.get(stage)
        if bar is None:
            if done >= total:
                tqdm.write(f"{names.get(stage, stage)}: {total} {units.get(stage, 'passager')} på "
                           f"{now - stage_start[0]:.1f} s", file=sys.stderr)
                stage_start[0] = now
                return
            bar = bars[stage] = tqdm(total=total, desc=names.get(stage, stage), leave=True, file=sys.stderr,
                                     unit=" " + units.get(stage, "passager"))
            # the rate counts from the stage's start: now for a stage that announces it (done = 0), else
            # the end of the previous stage
            bar.start_t = bar.last_print_t = now if done == 0 else stage_start[0]
        bar.update(done - bar.n)
        if done >= total:
            bar.close()
            del bars[stage]
            stage_start[0] = now

    return cb


__all__ = ["BuildProgress", "tqdm_progress"]
