from decimal import Decimal

import pytest

from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.money import fen_to_decimal, format_yuan, to_chinese_capital, to_fen


@pytest.mark.parametrize("text, fen", [
    ("1210", 121000),
    ("1210.5", 121050),
    ("1,210.50", 121050),
    ("0.05", 5),
    ("0.5", 50),
    ("0", 0),
    (" 12 ", 1200),
    ("1210元", 121000),
    ("12,345,678.90", 1234567890),
])
def test_to_fen_from_text(text, fen):
    assert to_fen(text) == fen


def test_full_width_digits_read_as_their_value():
    # What a Chinese input method types; int() reads them, so they are not an error.
    assert to_fen("１２") == 1200


def test_to_fen_from_int_and_decimal():
    assert to_fen(3) == 300
    assert to_fen(Decimal("1.23")) == 123
    assert to_fen(Decimal("1.2")) == 120


@pytest.mark.parametrize("value", [1.5, 0.0, True])
def test_float_and_bool_refused(value):
    with pytest.raises(TypeError):
        to_fen(value)


@pytest.mark.parametrize("text", ["1.234", "abc", "", "1,21", "12,34.5", "1.", ".5", "1 210"])
def test_bad_text(text):
    with pytest.raises(ValidationError) as exc:
        to_fen(text, field="monthly_fen")
    assert exc.value.code == "money.format"
    assert exc.value.field == "monthly_fen"


def test_too_many_decimals_as_decimal():
    with pytest.raises(ValidationError) as exc:
        to_fen(Decimal("1.234"))
    assert exc.value.code == "money.precision"


def test_negative():
    with pytest.raises(ValidationError) as exc:
        to_fen("-5")
    assert exc.value.code == "money.negative"
    assert to_fen("-5", allow_negative=True) == -500
    assert to_fen(-2, allow_negative=True) == -200


def test_unsupported_type():
    with pytest.raises(TypeError):
        to_fen([1])


def test_format_yuan():
    assert format_yuan(0) == "0.00"
    assert format_yuan(5) == "0.05"
    assert format_yuan(121050) == "1,210.50"
    assert format_yuan(-150) == "-1.50"
    assert format_yuan(123456789, grouping=False) == "1234567.89"
    assert fen_to_decimal(121050) == Decimal("1210.50")


@pytest.mark.parametrize("fen, text", [
    (0, "零元整"),
    (5, "伍分"),
    (50, "伍角整"),
    (105, "壹元零伍分"),
    (1000, "壹拾元整"),                      # 10 yuan: 壹拾, never 拾
    (121050, "壹仟贰佰壹拾元伍角整"),
    (10010, "壹佰元壹角整"),
    (1000500, "壹万零伍元整"),               # 10,005 yuan
    (100010000, "壹佰万零壹佰元整"),         # 1,000,100 yuan
    (101000000, "壹佰零壹万元整"),
    (200000005, "贰佰万元零伍分"),
    (10000000100, "壹亿零壹元整"),
])
def test_chinese_capitals(fen, text):
    assert to_chinese_capital(fen) == text


def test_round_trip_text_to_capitals():
    assert to_chinese_capital(to_fen("1,210.50")) == "壹仟贰佰壹拾元伍角整"


def test_a_share_is_rounded_to_the_nearest_fen_halves_up():
    from lishui_desktop.domain.money import share_fen
    # 2,300.00 yuan among 3 people is 766.666… yuan: 766.67, never the truncated 766.66
    assert share_fen(230000, 3) == 76667
    # 1,000.01 yuan among 2 is 500.005: a half fen goes up
    assert share_fen(100001, 2) == 50001
    # 1,000.00 among 3 is 333.333…: down
    assert share_fen(100000, 3) == 33333
    assert share_fen(0, 4) == 0
    assert share_fen(-230000, 3) == -76667
    with pytest.raises(ValueError):
        share_fen(100, 0)
