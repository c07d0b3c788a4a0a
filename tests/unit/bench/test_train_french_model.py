"""How the French act model is fitted (bench/train_french_model.py)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from bench.train_french_model import _scaled


def test_word_level_columns_are_weighed_by_the_number_of_distinct_words_of_their_row() -> None:
    matrix = csr_matrix(np.array([[1.0, 1.0, 1.0], [1.0, 0.0, 1.0]]))
    word_level = np.array([True, False, True])
    scaled = _scaled(matrix, word_level, [4, 1], 0.5).toarray()
    assert scaled[0] == pytest.approx([0.5, 1.0, 0.5])
    assert scaled[1] == pytest.approx([1.0, 0.0, 1.0])


def test_a_power_of_zero_leaves_the_matrix_as_it_is() -> None:
    matrix = csr_matrix(np.array([[1.0, 2.0]]))
    assert _scaled(matrix, np.array([True, True]), [9], 0.0) is matrix
