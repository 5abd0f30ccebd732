// Unit tests for frontend/constant.cpp: exact integer and rational constant arithmetic.
#include <doctest/doctest.h>

#include <cmath>

#include "frontend/ast.h"
#include "frontend/constant.h"

using namespace goro;

namespace {

Constant lit(LitKind k, const std::string& text) { return Constant::fromLiteral(static_cast<int>(k), text); }
Constant intLit(const std::string& text) { return lit(LitKind::Int, text); }
Constant floatLit(const std::string& text) { return lit(LitKind::Float, text); }
Constant op(const Constant& x, Tok t, const Constant& y) { return Constant::binaryOp(x, static_cast<int>(t), y); }

}  // namespace

TEST_CASE("integer literals in every base") {
  CHECK(intLit("0x1F").int64Val() == 31);
  CHECK(intLit("0o17").int64Val() == 15);
  CHECK(intLit("017").int64Val() == 15);
  CHECK(intLit("0b101").int64Val() == 5);
  CHECK(intLit("1_000_000").int64Val() == 1000000);
  CHECK(intLit("0").int64Val() == 0);
  CHECK_FALSE(intLit("09").valid());
  CHECK(intLit("18446744073709551615").uint64Val() == UINT64_MAX);
  CHECK(intLit("18446744073709551615").fitsInt(64, true));
  CHECK_FALSE(intLit("18446744073709551616").fitsInt(64, true));
}

TEST_CASE("big integers are exact well past 512 bits") {
  Constant one = Constant::makeInt64(1);
  Constant big = Constant::shift(one, static_cast<int>(Tok::Shl), 600);
  CHECK(big.bitLen() == 601);
  Constant back = Constant::shift(big, static_cast<int>(Tok::Shr), 600);
  CHECK(back.int64Val() == 1);
  CHECK(Constant::shift(one, static_cast<int>(Tok::Shl), 100).toString() == "1267650600228229401496703205376");
  Constant sq = op(big, Tok::Mul, big);
  CHECK(op(sq, Tok::Quo, big).toString() == big.toString());
  CHECK(op(op(sq, Tok::Add, one), Tok::Rem, big).int64Val() == 1);
  CHECK(op(Constant::makeInt64(-7), Tok::Quo, Constant::makeInt64(2)).int64Val() == -3);
  CHECK(op(Constant::makeInt64(-7), Tok::Rem, Constant::makeInt64(2)).int64Val() == -1);
  CHECK_FALSE(op(one, Tok::Quo, Constant::makeInt64(0)).valid());
}

TEST_CASE("bit operations use two's complement") {
  Constant m5 = Constant::makeInt64(-5);
  Constant three = Constant::makeInt64(3);
  CHECK(op(m5, Tok::And, three).int64Val() == (-5 & 3));
  CHECK(op(m5, Tok::Or, three).int64Val() == (-5 | 3));
  CHECK(op(m5, Tok::Xor, three).int64Val() == (-5 ^ 3));
  CHECK(op(m5, Tok::AndNot, three).int64Val() == (-5 & ~3));
  CHECK(Constant::shift(m5, static_cast<int>(Tok::Shr), 1).int64Val() == -3);
  CHECK(Constant::unaryOp(static_cast<int>(Tok::Xor), Constant::makeInt64(5), 0, false).int64Val() == -6);
  CHECK(Constant::unaryOp(static_cast<int>(Tok::Xor), Constant::makeInt64(5), 8, true).int64Val() == 250);
}

TEST_CASE("representability") {
  CHECK(Constant::makeInt64(127).fitsInt(8, false));
  CHECK_FALSE(Constant::makeInt64(128).fitsInt(8, false));
  CHECK(Constant::makeInt64(-128).fitsInt(8, false));
  CHECK_FALSE(Constant::makeInt64(-129).fitsInt(8, false));
  CHECK_FALSE(Constant::makeInt64(-1).fitsInt(64, true));
  CHECK(Constant::makeInt64(300).toString() == "300");
  CHECK_FALSE(Constant::makeInt64(300).fitsInt(8, true));
}

TEST_CASE("float constants are exact rationals") {
  Constant third = op(floatLit("1.0"), Tok::Quo, Constant::makeInt64(3));
  CHECK(op(third, Tok::Mul, Constant::makeInt64(3)).isIntegral());
  CHECK(third.toString() == "0.333333");
  CHECK(floatLit("0.1").float64Val() == 0.1);
  CHECK(floatLit("1e100").float64Val() == 1e100);
  CHECK(floatLit("1e100").toString() == "1e+100");
  CHECK(floatLit("2.5e20").toString() == "2.5e+20");
  CHECK(floatLit("123456789.5").toString() == "1.23457e+08");
  CHECK(floatLit("0x1p-2").float64Val() == 0.25);
  CHECK(floatLit("0x1.8p1").float64Val() == 3.0);
  CHECK(floatLit("1_000.5").float64Val() == 1000.5);
  CHECK(floatLit(".5").float64Val() == 0.5);
  CHECK(floatLit("4.9e-324").float64Val() == 4.9e-324);
  CHECK(floatLit("2.2250738585072014e-308").float64Val() == 2.2250738585072014e-308);
  CHECK(floatLit("1.7976931348623157e308").float64Val() == 1.7976931348623157e308);
  CHECK_FALSE(floatLit("1e309").fitsFloat(false));
  CHECK_FALSE(floatLit("1e39").fitsFloat(true));
  CHECK(floatLit("1e38").fitsFloat(true));
  // Just below max float32 + half an ulp rounds down to max float32 (no double rounding).
  Constant max32 = op(op(floatLit("0x1p127"), Tok::Add, floatLit("0x1p127")), Tok::Sub, floatLit("0x1p104"));
  Constant nearTie = op(op(max32, Tok::Add, floatLit("0x1p103")), Tok::Sub, floatLit("0x1p-60"));
  CHECK(nearTie.fitsFloat(true));
  CHECK(nearTie.roundFloat(true).float64Val() == 3.4028234663852886e38);
  CHECK_FALSE(op(max32, Tok::Add, floatLit("0x1p103")).fitsFloat(true));
  CHECK(floatLit("0.1").roundFloat(true).float64Val() == static_cast<double>(0.1f));
  CHECK(Constant::makeFloat64(-2.75).float64Val() == -2.75);
  CHECK(floatLit("2.0").toInt().int64Val() == 2);
  CHECK_FALSE(floatLit("2.5").toInt().valid());
  CHECK(Constant::compare(floatLit("2.5"), Constant::makeInt64(2)) == 1);
  CHECK(op(floatLit("0.1"), Tok::Add, floatLit("0.2")).float64Val() == 0.3);
}

TEST_CASE("rune and string literals") {
  CHECK(lit(LitKind::Char, "'a'").int64Val() == 97);
  CHECK(lit(LitKind::Char, "'\\n'").int64Val() == 10);
  CHECK(lit(LitKind::Char, "'\\x41'").int64Val() == 65);
  CHECK(lit(LitKind::Char, "'\\101'").int64Val() == 65);
  CHECK(lit(LitKind::Char, "'\\u00e9'").int64Val() == 0xE9);
  CHECK(lit(LitKind::Char, "'世'").int64Val() == 0x4E16);
  CHECK(lit(LitKind::Char, "'\\''").int64Val() == 39);
  CHECK_FALSE(lit(LitKind::Char, "'ab'").valid());
  CHECK(lit(LitKind::String, "\"a\\tb\\\"\"").stringVal() == "a\tb\"");
  CHECK(lit(LitKind::String, "\"\\xff\\u4e16\"").stringVal() == "\xff\xe4\xb8\x96");
  CHECK(lit(LitKind::String, "`raw\\n`").stringVal() == "raw\\n");
  CHECK(Constant::makeString("a\"b\n").toString() == "\"a\\\"b\\n\"");
  CHECK(op(Constant::makeString("a"), Tok::Add, Constant::makeString("b")).stringVal() == "ab");
  CHECK(op(Constant::makeString("a"), Tok::Lss, Constant::makeString("b")).boolVal());
}
