/*
 * The device side of proto/README.md sections 2a-3, for a microcontroller: a bounded
 * store-and-forward queue of encoded Telemetry, resends with backoff in seq order, Acks
 * (cumulative and selective), Nacks (drop what must not be resent; hold an unknown camera),
 * and command ids remembered so that a repeated command is answered, not executed again.
 * No allocation, no clock, no I/O: the owner passes `now_ms` and a write function.
 */
#ifndef BWC_LINK_H
#define BWC_LINK_H

#include <stdbool.h>
#include <stdint.h>

#include "bwc/v1/ack.pb.h"
#include "bwc/v1/command.pb.h"
#include "bwc/v1/session.pb.h"
#include "bwc/v1/telemetry.pb.h"

#define BWC_QUEUE 256          /* messages kept until acknowledged (flash on a real camera) */
#define BWC_ACK_TIMEOUT_MS 500 /* resend after this long (2 s on a real line), doubling... */
#define BWC_ACK_TIMEOUT_MAX_MS 4000 /* ...up to this while nothing is acknowledged */
#define BWC_COMMANDS_REMEMBERED 16
#define BWC_UNKNOWN_HOLD_MS 3600000

typedef void (*bwc_write_fn)(const uint8_t *bytes, size_t len, void *ctx);

struct bwc_entry {
  bool used;
  uint32_t boot_id;
  uint64_t seq;
  int64_t last_sent_ms;
  uint32_t frame_crc;
  uint16_t len;
  uint8_t bytes[bwc_v1_Telemetry_size];
};

struct bwc_seen_command {
  char id[129];
  bool has_result;
  bwc_v1_CommandResult result;
};

struct bwc_stats {
  unsigned sent, resent, acked, dropped, acks, nacks, refused, hello_replies, commands, duplicate_commands, bad_frames;
};

struct bwc_link {
  char device_id[65];
  bwc_write_fn write;
  void *ctx;
  struct bwc_entry queue[BWC_QUEUE];
  int64_t timeout_ms;
  int64_t held_until_ms;
  struct bwc_seen_command seen[BWC_COMMANDS_REMEMBERED];
  unsigned next_seen;
  struct bwc_stats stats;
  /* Receive buffer: bytes up to the next 0x00. */
  uint8_t rx[4096];
  size_t rx_len;
};

/* What the camera is told; the link fills these in and the owner reads them. */
struct bwc_events {
  bool hello_reply;
  bwc_v1_HelloReply reply;
  bool command; /* a new command to execute (never a repeat) */
  bwc_v1_Command cmd;
};

void bwc_link_init(struct bwc_link *l, const char *device_id, bwc_write_fn write, void *ctx);
/* Encodes, frames and sends a Telemetry now, and keeps it until acknowledged. */
bool bwc_link_send(struct bwc_link *l, const bwc_v1_Telemetry *t, int64_t now_ms);
/* Sends a CommandResult (and remembers it as the answer to a repeat of that command). */
void bwc_link_result(struct bwc_link *l, const bwc_v1_CommandResult *r);
/* Bytes from the gateway; at most one event of each kind per call is reported. */
void bwc_link_receive(struct bwc_link *l, const uint8_t *bytes, size_t len, int64_t now_ms, struct bwc_events *ev);
/* Resends what waited longer than the timeout, in seq order. */
void bwc_link_tick(struct bwc_link *l, int64_t now_ms);
unsigned bwc_link_pending(const struct bwc_link *l);

#endif
