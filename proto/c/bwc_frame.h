/*
 * The serial frame format of proto/README.md section 3:
 *   wire = COBS(body) || 0x00,  body = version(0x01) || type || payload || crc32c(LE)
 * No allocation; every function works on caller buffers.
 */
#ifndef BWC_FRAME_H
#define BWC_FRAME_H

#include <stddef.h>
#include <stdint.h>

enum bwc_frame_type {
  BWC_FRAME_TELEMETRY = 0x01,
  BWC_FRAME_TELEMETRY_BATCH = 0x02,
  BWC_FRAME_ACK = 0x03,
  BWC_FRAME_COMMAND = 0x04,
  BWC_FRAME_ACTIVITY = 0x05,
  BWC_FRAME_ALERT = 0x06,
  BWC_FRAME_HELLO_REPLY = 0x07,
  BWC_FRAME_NACK = 0x08,
  BWC_FRAME_COMMAND_RESULT = 0x09,
};

#define BWC_FRAME_VERSION 0x01
#define BWC_FRAME_OVERHEAD 6
/* Largest frame this device builds or accepts (body); the gateway accepts up to 65,535. */
#define BWC_FRAME_MAX_BODY 2048
/* COBS adds one byte per 254, plus the delimiter. */
#define BWC_FRAME_MAX_WIRE (BWC_FRAME_MAX_BODY + BWC_FRAME_MAX_BODY / 254 + 2)

/* CRC-32C (Castagnoli, reflected 0x82F63B78, init and final xor 0xFFFFFFFF). */
uint32_t bwc_crc32c(const uint8_t *data, size_t len);

/* The CRC a frame of this type and payload carries (a Nack names a frame by it). */
uint32_t bwc_frame_crc(uint8_t type, const uint8_t *payload, size_t len);

/* Builds the wire bytes of a frame; returns their length, or 0 if it does not fit. */
size_t bwc_frame_encode(uint8_t type, const uint8_t *payload, size_t len, uint8_t *wire, size_t wire_cap);

/* Decodes one frame's wire bytes without the 0x00 delimiter. Returns the payload length, or -1
 * (bad COBS, too short, bad CRC, unknown version). `body` holds version, type, payload, crc. */
long bwc_frame_decode(const uint8_t *wire, size_t len, uint8_t *body, size_t body_cap, uint8_t *type, const uint8_t **payload);

#endif
