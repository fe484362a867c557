from decimal import Decimal

from renderer.domain.pagination import paginate


def amounts(count: int) -> list[tuple[Decimal, ...]]:
    return [(Decimal(f"{10 + number}.{number % 100:02d}"),) for number in range(count)]


def test_lines_that_fit_stay_on_one_page_without_carried_totals() -> None:
    pages = paginate([10.0] * 5, amounts(5), first_room=100, next_room=200)

    assert len(pages) == 1
    assert (pages[0].start, pages[0].stop) == (0, 5)
    assert pages[0].brought_forward is None
    assert pages[0].carried_forward is None


def test_each_page_takes_what_its_room_holds() -> None:
    pages = paginate([10.0] * 100, amounts(100), first_room=300, next_room=400)

    assert [(page.start, page.stop) for page in pages] == [(0, 30), (30, 70), (70, 100)]


def test_the_total_carried_from_a_page_is_the_sum_of_its_lines_and_brought_to_the_next():
    lines = amounts(100)
    pages = paginate([10.0] * 100, lines, first_room=300, next_room=400)
    first, second, last = pages

    assert first.carried_forward == (sum(line[0] for line in lines[:30]),)
    assert second.brought_forward == first.carried_forward
    assert second.carried_forward == (sum(line[0] for line in lines[:70]),)
    assert last.brought_forward == second.carried_forward
    assert last.carried_forward is None


def test_several_columns_are_carried_side_by_side() -> None:
    lines = [(Decimal("100.00"), Decimal("80.00"))] * 7
    pages = paginate([10.0] * 7, lines, first_room=30, next_room=30)

    assert pages[0].carried_forward == (Decimal("300.00"), Decimal("240.00"))
    assert pages[-1].brought_forward == (Decimal("600.00"), Decimal("480.00"))


def test_taller_lines_take_more_room() -> None:
    pages = paginate([10.0, 25.0, 10.0, 10.0], amounts(4), first_room=40, next_room=40)

    assert [(page.start, page.stop) for page in pages] == [(0, 2), (2, 4)]


def test_a_line_taller_than_a_page_still_gets_a_page() -> None:
    pages = paginate([10.0, 500.0, 10.0], amounts(3), first_room=100, next_room=100)

    assert [(page.start, page.stop) for page in pages] == [(0, 1), (1, 2), (2, 3)]
