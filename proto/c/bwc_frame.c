#include "bwc_frame.h"

#include <string.h>

uint32_t bwc_crc32c(const uint8_t *data, size_t len) {
  static uint32_t table[256];
  static int ready = 0;
  if (!ready) {
    for (uint32_t i = 0; i < 256; i++) {
      uint32_t c = i;
      for (int k = 0; k < 8; k++) c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
      table[i] = c;
    }
    ready = 1;
  }
  uint32_t crc = 0xFFFFFFFFu;
  for (size_t i = 0; i < len; i++) crc = table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
  return crc ^ 0xFFFFFFFFu;
}

static size_t cobs_encode(const uint8_t *in, size_t len, uint8_t *out, size_t cap) {
  size_t read = 0, write = 1, code_at = 0;
  uint8_t code = 1;
  if (cap == 0) return 0;
  while (read < len) {
    if (write >= cap) return 0;
    if (in[read] == 0) {
      out[code_at] = code;
      code = 1;
      code_at = write++;
      read++;
      continue;
    }
    out[write++] = in[read++];
    if (++code == 0xFF) {
      out[code_at] = code;
      code = 1;
      if (write >= cap) return 0;
      code_at = write++;
    }
  }
  out[code_at] = code;
  return write;
}

static long cobs_decode(const uint8_t *in, size_t len, uint8_t *out, size_t cap) {
  size_t read = 0, write = 0;
  while (read < len) {
    uint8_t code = in[read++];
    if (code == 0 || read + code - 1 > len) return -1;
    for (uint8_t i = 1; i < code; i++) {
      if (write >= cap) return -1;
      out[write++] = in[read++];
    }
    if (code != 0xFF && read < len) {
      if (write >= cap) return -1;
      out[write++] = 0;
    }
  }
  return (long)write;
}

static void put_crc(uint8_t *body, size_t n) {
  uint32_t crc = bwc_crc32c(body, n);
  body[n] = crc & 0xFF;
  body[n + 1] = (crc >> 8) & 0xFF;
  body[n + 2] = (crc >> 16) & 0xFF;
  body[n + 3] = (crc >> 24) & 0xFF;
}

uint32_t bwc_frame_crc(uint8_t type, const uint8_t *payload, size_t len) {
  uint8_t body[BWC_FRAME_MAX_BODY];
  if (len + BWC_FRAME_OVERHEAD > sizeof body) return 0;
  body[0] = BWC_FRAME_VERSION;
  body[1] = type;
  memcpy(body + 2, payload, len);
  return bwc_crc32c(body, len + 2);
}

size_t bwc_frame_encode(uint8_t type, const uint8_t *payload, size_t len, uint8_t *wire, size_t wire_cap) {
  uint8_t body[BWC_FRAME_MAX_BODY];
  if (len + BWC_FRAME_OVERHEAD > sizeof body) return 0;
  body[0] = BWC_FRAME_VERSION;
  body[1] = type;
  memcpy(body + 2, payload, len);
  put_crc(body, len + 2);
  size_t n = cobs_encode(body, len + BWC_FRAME_OVERHEAD, wire, wire_cap);
  if (n == 0 || n + 1 > wire_cap) return 0;
  wire[n] = 0x00;
  return n + 1;
}

long bwc_frame_decode(const uint8_t *wire, size_t len, uint8_t *body, size_t body_cap, uint8_t *type, const uint8_t **payload) {
  long n = cobs_decode(wire, len, body, body_cap);
  if (n < BWC_FRAME_OVERHEAD) return -1;
  size_t m = (size_t)n - 4;
  uint32_t want = (uint32_t)body[m] | (uint32_t)body[m + 1] << 8 | (uint32_t)body[m + 2] << 16 | (uint32_t)body[m + 3] << 24;
  if (bwc_crc32c(body, m) != want || body[0] != BWC_FRAME_VERSION) return -1;
  *type = body[1];
  *payload = body + 2;
  return (long)(m - 2);
}
