from bench.timing import median_ms


def test_the_call_runs_once_per_repeat_and_the_median_is_in_milliseconds() -> None:
    calls = []
    result = median_ms(lambda: calls.append(1), 7)
    assert len(calls) == 7
    assert 0 <= result < 1000
