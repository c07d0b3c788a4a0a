from bench.machine import _reference_work, describe, reference_workload_ms


def test_the_reference_work_is_the_same_work_every_time() -> None:
    assert _reference_work() == _reference_work()


def test_the_reference_time_is_a_positive_median() -> None:
    assert reference_workload_ms(repeats=3) > 0


def test_every_bench_notes_cpu_cores_python_load_and_reference_time() -> None:
    machine = describe()
    assert {"cpu", "cores", "python", "load_average_1min_before", "reference_workload_ms"} <= machine.keys()
    assert machine["cpu"]
