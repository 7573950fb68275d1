"""Customer effort: a predicted CES 2.0 (1-7, 7 = very easy) for every call, explained exactly by its drivers.

- :mod:`convo.effort.model`  the ordinal model over additive shape functions (NumPy inference);
- :mod:`convo.effort.score`  the pass over a run's tables (``convo run``, ``convo effort score``);
- :mod:`convo.effort.fit`    refitting on an organisation's survey answers (``convo effort fit``, torch);
- :mod:`convo.effort.scales` survey scales and their mapping onto CES 1-7;
- :mod:`convo.effort.friction` the ``friction.parquet`` aggregate.

Nothing heavy is imported here; torch loads only when fitting. See docs/effort.md.
"""

from __future__ import annotations
