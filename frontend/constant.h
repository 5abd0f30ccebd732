// Compile-time constant values with Go's exact arithmetic.
//
// Untyped constants in Go are exact: integers of arbitrary size (we guarantee at least
// 512 bits) and floats/rationals far beyond float64. The checker folds every constant
// expression with these values and only rounds when a constant meets a typed context;
// the compiler reads the final value through the accessors at the bottom.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace goro {

class Constant {
 public:
  enum class Kind : uint8_t { None, Bool, String, Int, Float };

  Constant() = default;
  static Constant makeBool(bool b);
  static Constant makeString(std::string s);
  static Constant makeInt64(int64_t v);
  static Constant makeUint64(uint64_t v);
  static Constant makeFloat64(double v);
  // Parses a Go literal (`0x1F`, `1_000`, `0o17`, `1e9`, `'a'`, `"s"`, `` `raw` ``).
  // Returns a None constant on malformed input.
  static Constant fromLiteral(int litKind, const std::string& text);

  Kind kind() const { return kind_; }
  bool valid() const { return kind_ != Kind::None; }

  // Exact operations; `op` is a goro::Tok value. Division by zero yields None.
  static Constant binaryOp(const Constant& x, int op, const Constant& y);
  static Constant unaryOp(int op, const Constant& x, int bitSizeForXor /*0: untyped*/, bool isUnsigned);
  static Constant shift(const Constant& x, int op, uint64_t s);
  static int compare(const Constant& x, const Constant& y);  // -1, 0, 1
  Constant toInt() const;    // exact conversion; None if not integral
  Constant toFloat() const;

  // Representability in a typed context (for overflow / truncation errors).
  bool fitsInt(int bits, bool isUnsigned) const;
  bool isIntegral() const;
  bool isNegative() const;
  // Whether the value rounds to a finite float64 (float32=false) or float32.
  bool fitsFloat(bool float32) const;
  // The value rounded to the nearest float64 or float32, as a Float constant.
  Constant roundFloat(bool float32) const;
  // Significant bits of an Int constant's magnitude (0 for others); gc limits untyped
  // integer constants to 512 bits.
  int bitLen() const;

  // Accessors for the compiler (values are already known to be representable).
  bool boolVal() const;
  const std::string& stringVal() const;
  int64_t int64Val() const;
  uint64_t uint64Val() const;
  double float64Val() const;

  // As gc prints constants in messages: 300, 1.5, "abc", true.
  std::string toString() const;

 private:
  friend struct ConstantAccess;
  struct Rep;
  Kind kind_ = Kind::None;
  std::shared_ptr<const Rep> rep_;
};

}  // namespace goro
