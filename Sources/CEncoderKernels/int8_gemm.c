// The encoder's linear layers in 8-bit integers. A row of inputs is quantized to unsigned bytes
// (its values over its largest magnitude times 127, plus 128); the weights are the shipped int8
// rows. Their products are summed in 32-bit integers, which is exact whatever the order, then
// scaled back to floats in one fixed sequence of roundings: so every kernel gives the same bits
// on every machine. AVX-512 VNNI (vpdpbusd: 64 byte products an instruction, four times an
// FP32 fused multiply-add) runs at about three times OpenBLAS's float speed; AVX2 (vpmaddwd on
// int16) at about its speed; plain C, on x86-64 CPUs with neither (before 2013) and other
// architectures, much slower (built for baseline x86-64, a sixth of OpenBLAS's speed here).
#include "int8_gemm.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

// Products and sums are rounded apart in every kernel, so none may fuse them.
#pragma clang fp contract(off)

// Weights are packed in blocks of 16 outputs; a block holds, for each group of 4 inputs, the
// 16 outputs' 4 bytes side by side (64 bytes: one vpdpbusd operand).
enum { block_outputs = 16, tile_outputs = 32, panel_rows = 128 };

long attribution_int8_packed_size(int outputs, int inputs, int kernel) {
  // Up to 65,536 inputs a sum of byte products (at most 255 * 127 each) fits in 32 bits.
  if (outputs <= 0 || inputs <= 0 || outputs % tile_outputs != 0 || inputs % 4 != 0 || inputs > 65536) return 0;
  return (long)outputs * inputs * (kernel == 2 ? 2 : 1);
}

void attribution_int8_pack(
  const int8_t *weights, int outputs, int inputs, int kernel, int8_t *packed, int32_t *offsets) {
  for (int o = 0; o < outputs; o++) {
    int32_t sum = 0;
    const int8_t *row = weights + (size_t)o * inputs;
    int8_t *block = packed + (size_t)(o / block_outputs) * block_outputs * inputs;
    for (int k = 0; k < inputs; k++) {
      if (kernel == 1) {
        block[(size_t)(k / 4) * 64 + (o % block_outputs) * 4 + k % 4] = row[k];
      } else if (kernel == 2) {
        // Blocks of 8 outputs; for each pair of inputs, the 8 outputs' two values as int16.
        int16_t *wide = (int16_t *)(void *)packed + (size_t)(o / 8) * 8 * inputs;
        int16_t value = row[k];
        memcpy(wide + (size_t)(k / 2) * 16 + (o % 8) * 2 + k % 2, &value, sizeof value);
      } else {
        packed[(size_t)o * inputs + k] = row[k];
      }
      sum += row[k];
    }
    offsets[o] = 128 * sum;
  }
}

void attribution_int8_quantize(const float *values, int rows, int inputs, uint8_t *quantized, float *scales) {
  for (int r = 0; r < rows; r++) {
    const float *row = values + (size_t)r * inputs;
    uint8_t *out = quantized + (size_t)r * inputs;
    float largest = 0;
    for (int k = 0; k < inputs; k++) largest = fmaxf(largest, fabsf(row[k]));
    if (!(largest > 0) || !isfinite(largest)) {
      memset(out, 128, (size_t)inputs);
      scales[r] = 0;
      continue;
    }
    float inverse = 127.0f / largest;
    for (int k = 0; k < inputs; k++) {
      // Adding and taking away 1.5 * 2^23 rounds to the nearest integer, ties to even.
      float scaled = (row[k] * inverse + 12582912.0f) - 12582912.0f;
      // fmaxf takes the number over a NaN: a NaN input reads as -127, never as an undefined
      // conversion to int.
      scaled = fminf(127.0f, fmaxf(-127.0f, scaled));
      out[k] = (uint8_t)((int)scaled + 128);
    }
    scales[r] = largest / 127.0f;
  }
}

__attribute__((always_inline)) static inline float dequantize(int32_t sum, int32_t offset, float scale, float weightScale, float bias) {
  float value = (float)(sum - offset);
  float product = scale * weightScale;
  float scaled = value * product;
  return scaled + bias;
}

// The plain kernel, for CPUs with neither VNNI nor AVX2 (and for tests on any): one dot
// product of bytes per output, on weights left in rows (vectorized by the compiler; integer
// sums, so any order gives the same result).
static void linear_portable(
  const uint8_t *quantized, const float *scales, int rows, int inputs,
  const int8_t *weights, const int32_t *offsets, const float *weightScales, const float *bias,
  int outputs, float *output) {
  // Four outputs at a time, so each byte of the row is loaded once for four products.
  for (int r = 0; r < rows; r++) {
    const uint8_t *row = quantized + (size_t)r * inputs;
    for (int o = 0; o < outputs; o += 4) {
      const int8_t *w0 = weights + (size_t)o * inputs;
      const int8_t *w1 = w0 + inputs, *w2 = w1 + inputs, *w3 = w2 + inputs;
      int32_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (int k = 0; k < inputs; k++) {
        int32_t a = row[k];
        s0 += a * w0[k];
        s1 += a * w1[k];
        s2 += a * w2[k];
        s3 += a * w3[k];
      }
      float *out = output + (size_t)r * outputs + o;
      out[0] = dequantize(s0, offsets[o], scales[r], weightScales[o], bias[o]);
      out[1] = dequantize(s1, offsets[o + 1], scales[r], weightScales[o + 1], bias[o + 1]);
      out[2] = dequantize(s2, offsets[o + 2], scales[r], weightScales[o + 2], bias[o + 2]);
      out[3] = dequantize(s3, offsets[o + 3], scales[r], weightScales[o + 3], bias[o + 3]);
    }
  }
}

#if defined(__x86_64__) && defined(__clang__)
#include <immintrin.h>

#define VNNI __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,avx512vnni")))

// `count` rows (a constant in each use, so the sums stay in registers) times 32 outputs.
#define DEFINE_TILE(count)                                                                          \
  VNNI static void tile##count(                                                                     \
    const uint8_t *rows, const float *scales, int inputs, const int8_t *block, const int32_t *offsets, \
    const float *weightScales, const float *bias, int outputs, float *output) {                     \
    __m512i low[count], high[count];                                                                \
    for (int i = 0; i < count; i++) {                                                               \
      low[i] = _mm512_setzero_si512();                                                              \
      high[i] = _mm512_setzero_si512();                                                             \
    }                                                                                               \
    const int8_t *next = block + (size_t)block_outputs * inputs;                                    \
    for (int g = 0; g < inputs / 4; g++) {                                                          \
      __m512i w0 = _mm512_loadu_si512((const void *)(block + (size_t)g * 64));                      \
      __m512i w1 = _mm512_loadu_si512((const void *)(next + (size_t)g * 64));                       \
      for (int i = 0; i < count; i++) {                                                             \
        int32_t word;                                                                               \
        memcpy(&word, rows + (size_t)i * inputs + 4 * g, 4);                                        \
        __m512i a = _mm512_set1_epi32(word);                                                        \
        low[i] = _mm512_dpbusd_epi32(low[i], a, w0);                                                \
        high[i] = _mm512_dpbusd_epi32(high[i], a, w1);                                              \
      }                                                                                             \
    }                                                                                               \
    __m512i offsetLow = _mm512_loadu_si512((const void *)offsets);                                  \
    __m512i offsetHigh = _mm512_loadu_si512((const void *)(offsets + 16));                          \
    __m512 weightLow = _mm512_loadu_ps(weightScales), weightHigh = _mm512_loadu_ps(weightScales + 16); \
    __m512 biasLow = _mm512_loadu_ps(bias), biasHigh = _mm512_loadu_ps(bias + 16);                  \
    for (int i = 0; i < count; i++) {                                                               \
      __m512 scale = _mm512_set1_ps(scales[i]);                                                     \
      __m512 valueLow = _mm512_cvtepi32_ps(_mm512_sub_epi32(low[i], offsetLow));                    \
      __m512 valueHigh = _mm512_cvtepi32_ps(_mm512_sub_epi32(high[i], offsetHigh));                 \
      __m512 productLow = _mm512_mul_ps(scale, weightLow);                                          \
      __m512 productHigh = _mm512_mul_ps(scale, weightHigh);                                        \
      _mm512_storeu_ps(output + (size_t)i * outputs,                                                \
        _mm512_add_ps(_mm512_mul_ps(valueLow, productLow), biasLow));                               \
      _mm512_storeu_ps(output + (size_t)i * outputs + 16,                                           \
        _mm512_add_ps(_mm512_mul_ps(valueHigh, productHigh), biasHigh));                            \
    }                                                                                               \
  }

DEFINE_TILE(8)
DEFINE_TILE(4)
DEFINE_TILE(2)
DEFINE_TILE(1)

VNNI static void linear_vnni(
  const uint8_t *quantized, const float *scales, int rows, int inputs,
  const int8_t *packed, const int32_t *offsets, const float *weightScales, const float *bias,
  int outputs, float *output) {
  // A panel of rows stays in the cache while every block of weights passes over it.
  for (int first = 0; first < rows; first += panel_rows) {
    int last = first + panel_rows < rows ? first + panel_rows : rows;
    for (int o = 0; o < outputs; o += tile_outputs) {
      const int8_t *block = packed + (size_t)o * inputs;
      int r = first;
#define RUN(count)                                                                                  \
  tile##count(quantized + (size_t)r * inputs, scales + r, inputs, block, offsets + o, weightScales + o, \
    bias + o, outputs, output + (size_t)r * outputs + o);                                           \
  r += count;
      while (last - r >= 8) { RUN(8) }
      if (last - r >= 4) { RUN(4) }
      if (last - r >= 2) { RUN(2) }
      if (last - r >= 1) { RUN(1) }
#undef RUN
    }
  }
}

#define AVX2 __attribute__((target("avx2")))

// AVX2 without VNNI: vpmaddwd on int16 (each lane: two products summed, exact in int32), each
// pair of input bytes widened as it is broadcast; `count` rows times 16 outputs.
#define DEFINE_WIDE_TILE(count)                                                                     \
  AVX2 static void wide_tile##count(                                                               \
    const uint8_t *rows, const float *scales, int inputs, const int16_t *block, const int32_t *offsets, \
    const float *weightScales, const float *bias, int outputs, float *output) {                    \
    __m256i low[count], high[count];                                                               \
    for (int i = 0; i < count; i++) {                                                              \
      low[i] = _mm256_setzero_si256();                                                             \
      high[i] = _mm256_setzero_si256();                                                            \
    }                                                                                              \
    const int16_t *next = block + (size_t)8 * inputs;                                              \
    for (int g = 0; g < inputs / 2; g++) {                                                         \
      __m256i w0 = _mm256_loadu_si256((const __m256i *)(const void *)(block + (size_t)g * 16));    \
      __m256i w1 = _mm256_loadu_si256((const __m256i *)(const void *)(next + (size_t)g * 16));     \
      for (int i = 0; i < count; i++) {                                                            \
        const uint8_t *a2 = rows + (size_t)i * inputs + 2 * g;                                     \
        __m256i a = _mm256_set1_epi32((int32_t)((uint32_t)a2[0] | (uint32_t)a2[1] << 16));         \
        low[i] = _mm256_add_epi32(low[i], _mm256_madd_epi16(a, w0));                               \
        high[i] = _mm256_add_epi32(high[i], _mm256_madd_epi16(a, w1));                             \
      }                                                                                            \
    }                                                                                              \
    __m256i offsetLow = _mm256_loadu_si256((const __m256i *)(const void *)offsets);                \
    __m256i offsetHigh = _mm256_loadu_si256((const __m256i *)(const void *)(offsets + 8));         \
    __m256 weightLow = _mm256_loadu_ps(weightScales), weightHigh = _mm256_loadu_ps(weightScales + 8); \
    __m256 biasLow = _mm256_loadu_ps(bias), biasHigh = _mm256_loadu_ps(bias + 8);                  \
    for (int i = 0; i < count; i++) {                                                              \
      __m256 scale = _mm256_set1_ps(scales[i]);                                                    \
      __m256 valueLow = _mm256_cvtepi32_ps(_mm256_sub_epi32(low[i], offsetLow));                   \
      __m256 valueHigh = _mm256_cvtepi32_ps(_mm256_sub_epi32(high[i], offsetHigh));                \
      _mm256_storeu_ps(output + (size_t)i * outputs,                                               \
        _mm256_add_ps(_mm256_mul_ps(valueLow, _mm256_mul_ps(scale, weightLow)), biasLow));         \
      _mm256_storeu_ps(output + (size_t)i * outputs + 8,                                           \
        _mm256_add_ps(_mm256_mul_ps(valueHigh, _mm256_mul_ps(scale, weightHigh)), biasHigh));      \
    }                                                                                              \
  }

DEFINE_WIDE_TILE(4)
DEFINE_WIDE_TILE(2)
DEFINE_WIDE_TILE(1)

AVX2 static void linear_wide(
  const uint8_t *quantized, const float *scales, int rows, int inputs,
  const int8_t *packed, const int32_t *offsets, const float *weightScales, const float *bias,
  int outputs, float *output) {
  const int16_t *weights = (const int16_t *)(const void *)packed;
  for (int first = 0; first < rows; first += panel_rows) {
    int last = first + panel_rows < rows ? first + panel_rows : rows;
    for (int o = 0; o < outputs; o += 16) {
      const int16_t *block = weights + (size_t)o * inputs;
      int r = first;
#define RUN(count)                                                                                  \
  wide_tile##count(quantized + (size_t)r * inputs, scales + r, inputs, block, offsets + o,         \
    weightScales + o, bias + o, outputs, output + (size_t)r * outputs + o);                        \
  r += count;
      while (last - r >= 4) { RUN(4) }
      if (last - r >= 2) { RUN(2) }
      if (last - r >= 1) { RUN(1) }
#undef RUN
    }
  }
}

static int has_vnni(void) {
  __builtin_cpu_init();  // idempotent: a flag check after the first call
  return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
         __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq") &&
         __builtin_cpu_supports("avx512vnni");
}
#endif

int attribution_int8_kernel(void) {
#if defined(__x86_64__) && defined(__clang__)
  if (has_vnni()) return 1;
  return __builtin_cpu_supports("avx2") ? 2 : 0;
#else
  return 0;
#endif
}

int attribution_int8_kernel_runs(int kernel) {
  if (kernel == 0) return 1;
#if defined(__x86_64__) && defined(__clang__)
  if (kernel == 1) return has_vnni();
  if (kernel == 2) return __builtin_cpu_supports("avx2");
#endif
  return 0;
}

void attribution_int8_linear(
  int kernel, const uint8_t *quantized, const float *scales, int rows, int inputs,
  const int8_t *packed, const int32_t *offsets, const float *weightScales, const float *bias,
  int outputs, float *output) {
#if defined(__x86_64__) && defined(__clang__)
  if (kernel == 1 && has_vnni()) {
    linear_vnni(quantized, scales, rows, inputs, packed, offsets, weightScales, bias, outputs, output);
    return;
  }
  if (kernel == 2 && __builtin_cpu_supports("avx2")) {
    linear_wide(quantized, scales, rows, inputs, packed, offsets, weightScales, bias, outputs, output);
    return;
  }
#endif
  linear_portable(quantized, scales, rows, inputs, packed, offsets, weightScales, bias, outputs, output);
}
