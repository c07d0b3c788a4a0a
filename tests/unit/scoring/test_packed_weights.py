"""Weight rows packed as thousandths come back exactly, and what the format cannot hold is refused."""

from __future__ import annotations

import pytest

from scoring.tagging.packed_weights import pack_weights, unpack_weights


def test_packed_weights_give_back_every_row_exactly() -> None:
    weights = {"w:vous": [0.5, -0.001], "c:<je": [32.767, -32.767], "bias": [0.0, 1.234]}
    unpacked = unpack_weights(sorted(weights), pack_weights(weights, 2), 2)
    assert dict(unpacked) == weights
    assert unpacked.get("w:absent") is None and len(unpacked) == 3


@pytest.mark.parametrize("weight", [0.0005, 32.768, -40.0])
def test_a_weight_the_file_cannot_hold_exactly_is_refused_when_saving(weight: float) -> None:
    with pytest.raises(ValueError, match=r"multiple of 0\.001"):
        pack_weights({"w:vous": [weight]}, 1)


def test_a_model_file_whose_weights_do_not_fit_its_features_is_refused() -> None:
    packed = pack_weights({"a": [0.1, 0.2], "b": [0.3, 0.4]}, 2)
    with pytest.raises(ValueError, match="4 packed weights for 3 features"):
        unpack_weights(["a", "b", "c"], packed, 2)
