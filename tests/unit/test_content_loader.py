from pathlib import Path

import pytest

from amiable.content import ContentError, StrictModel, load_model


class Sample(StrictModel):
    name: str
    amount: float


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sample.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_file_loads_into_its_model(tmp_path: Path) -> None:
    assert load_model(write(tmp_path, "name: x\namount: 3\n"), Sample) == Sample(name="x", amount=3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name: x\n", "amount: missing required field"),
        ("name: x\namount: lots\n", "amount: Input should be a valid number"),
        ("name: x\namount: 1\ncolour: red\n", "colour: unknown key"),
        ("", "(top level): file is empty"),
        ("name: [x\n", "line "),
    ],
)
def test_invalid_files_name_the_file_and_the_field(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ContentError) as raised:
        load_model(path, Sample)
    assert str(path) in str(raised.value)
    assert expected in str(raised.value)


def test_a_missing_file_is_a_content_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="file not found"):
        load_model(tmp_path / "nope.yaml", Sample)
