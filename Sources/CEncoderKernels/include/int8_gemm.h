// Linear layers in 8-bit integers: weights int8 with a scale per output, inputs quantized per row
// to 8 bits as they come. Integer sums are exact, so every kernel (AVX-512 VNNI where the CPU has
// it, AVX2 or plain C elsewhere) gives the same bits.
#ifndef ATTRIBUTION_INT8_GEMM_H
#define ATTRIBUTION_INT8_GEMM_H

#include <stdint.h>

/// The fastest kernel this CPU runs: 1 with AVX-512 VNNI, 2 with AVX2, 0 (plain C) otherwise.
/// Weights are packed for one kernel and multiplied by that kernel; every kernel gives the same
/// bits.
int attribution_int8_kernel(void);

/// Whether this CPU runs `kernel` (0 always; tests run every kernel that runs and compare).
int attribution_int8_kernel_runs(int kernel);

/// Bytes of `attribution_int8_pack`'s output for a matrix of `outputs` rows of `inputs` values
/// and `kernel`; 0 when the shape is not one the kernels take (outputs a multiple of 32, inputs
/// a multiple of 4 up to 65,536).
long attribution_int8_packed_size(int outputs, int inputs, int kernel);

/// Lays out `weights` (`outputs` rows of `inputs` int8 values, as PyTorch stores a linear
/// layer) for `kernel` (0, or the value of `attribution_int8_kernel`), and writes each output's
/// 128 times the sum of its row to `offsets`.
void attribution_int8_pack(
  const int8_t *weights, int outputs, int inputs, int kernel, int8_t *packed, int32_t *offsets);

/// `rows` rows of `inputs` floats to unsigned bytes: each value over the row's largest magnitude
/// times 127, rounded to nearest even, plus 128; `scales` gets each row's largest magnitude / 127.
void attribution_int8_quantize(const float *values, int rows, int inputs, uint8_t *quantized, float *scales);

/// `output[r][o] = bias[o] + (float)(sum_k quantized[r][k] * weight[o][k] - offsets[o]) *
/// (scales[r] * weightScales[o])`, the products and the sum rounded apart (no fused multiply-add).
/// `packed` is laid out for `kernel` by `attribution_int8_pack`.
void attribution_int8_linear(
  int kernel, const uint8_t *quantized, const float *scales, int rows, int inputs,
  const int8_t *packed, const int32_t *offsets, const float *weightScales, const float *bias,
  int outputs, float *output);

#endif
