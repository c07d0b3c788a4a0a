from bench.heldout_floors import floors


def test_floors_sit_one_item_under_the_measured_figures() -> None:
    # 40 right, 5 false alarms, 10 missed: P 40/45 = 0.889, R 40/50 = 0.80.
    assert floors(40, 5, 10) == (0.86, 0.78)  # 40/46 and 39/50, rounded down


def test_a_perfect_act_still_leaves_room_for_one_item() -> None:
    precision, recall = floors(30, 0, 0)
    assert precision < 1.0
    assert recall < 1.0


def test_an_act_never_found_gets_zero_floors() -> None:
    assert floors(0, 0, 12) == (0.0, 0.0)
