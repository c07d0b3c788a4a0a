"""Weight rows of a linear model kept compactly in its JSON file: one base64 array of 16-bit thousandths.

The fitting rounds every weight to three decimals, so thousandths hold them exactly, and a file of some
thirty thousand rows loads in milliseconds instead of parsing a float per weight. Rows are decoded on first use.
"""

from __future__ import annotations

import array
import base64
import sys
from collections.abc import Iterator, Mapping, Sequence

_SCALE = 1000
_PACKED_LIMIT = 32767  # a signed 16-bit integer per weight


class PackedWeights(Mapping[str, list[float]]):
    """Feature name → weight row, kept as one array of thousandths and decoded per row on first use."""

    def __init__(self, names: Sequence[str], packed: array.array[int], width: int) -> None:
        if len(packed) != len(names) * width:
            raise ValueError(f"{len(packed)} packed weights for {len(names)} features of {width} acts")
        self._index = {name: i for i, name in enumerate(names)}
        self._packed = packed
        self._width = width
        self._rows: dict[str, list[float]] = {}

    def get(self, name: str, default: list[float] | None = None) -> list[float] | None:  # type: ignore[override]
        row = self._rows.get(name)
        if row is None:
            i = self._index.get(name)
            if i is None:
                return default
            start = i * self._width
            row = self._rows[name] = [v / _SCALE for v in self._packed[start : start + self._width]]
        return row

    def __getitem__(self, name: str) -> list[float]:
        row = self.get(name)
        if row is None:
            raise KeyError(name)
        return row

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


def pack_weights(weights: Mapping[str, Sequence[float]], width: int) -> str:
    """The rows of ``weights`` (in name order) as base64 of little-endian 16-bit thousandths."""
    packed = array.array("h")
    for name in sorted(weights):
        for w in weights[name]:
            units = round(w * _SCALE)
            if abs(units - w * _SCALE) > 1e-6 or abs(units) > _PACKED_LIMIT:
                raise ValueError(f"weight {w} of {name!r} is not a multiple of 0.001 within ±32.767")
            packed.append(units)
    if len(packed) != len(weights) * width:
        raise ValueError(f"every weight row needs {width} values")
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


def unpack_weights(names: Sequence[str], packed: str, width: int) -> PackedWeights:
    values = array.array("h")
    values.frombytes(base64.b64decode(packed))
    if sys.byteorder == "big":
        values.byteswap()
    return PackedWeights(names, values, width)
