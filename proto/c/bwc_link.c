#include "bwc_link.h"

#include <stdio.h>
#include <string.h>

#include <pb_decode.h>
#include <pb_encode.h>

#include "bwc_frame.h"

static void send_frame(struct bwc_link *l, uint8_t type, const uint8_t *payload, size_t len) {
  uint8_t wire[BWC_FRAME_MAX_WIRE];
  size_t n = bwc_frame_encode(type, payload, len, wire, sizeof wire);
  if (n > 0) l->write(wire, n, l->ctx);
}

void bwc_link_init(struct bwc_link *l, const char *device_id, bwc_write_fn write, void *ctx) {
  memset(l, 0, sizeof *l);
  snprintf(l->device_id, sizeof l->device_id, "%s", device_id);
  l->write = write;
  l->ctx = ctx;
  l->timeout_ms = BWC_ACK_TIMEOUT_MS;
}

unsigned bwc_link_pending(const struct bwc_link *l) {
  unsigned n = 0;
  for (int i = 0; i < BWC_QUEUE; i++) n += l->queue[i].used;
  return n;
}

/* The oldest entry (lowest boot, then seq): dropped when the queue is full. */
static struct bwc_entry *oldest(struct bwc_link *l) {
  struct bwc_entry *o = NULL;
  for (int i = 0; i < BWC_QUEUE; i++) {
    struct bwc_entry *e = &l->queue[i];
    if (e->used && (o == NULL || e->boot_id < o->boot_id || (e->boot_id == o->boot_id && e->seq < o->seq))) o = e;
  }
  return o;
}

bool bwc_link_send(struct bwc_link *l, const bwc_v1_Telemetry *t, int64_t now_ms) {
  struct bwc_entry *slot = NULL;
  for (int i = 0; i < BWC_QUEUE && slot == NULL; i++) if (!l->queue[i].used) slot = &l->queue[i];
  if (slot == NULL) {
    slot = oldest(l); /* full: drop the oldest; the gateway reports the hole (TELEMETRY_GAP) */
    l->stats.dropped++;
  }
  pb_ostream_t out = pb_ostream_from_buffer(slot->bytes, sizeof slot->bytes);
  if (!pb_encode(&out, bwc_v1_Telemetry_fields, t)) return false;
  slot->used = true;
  slot->boot_id = t->boot_id;
  slot->seq = t->seq;
  slot->len = (uint16_t)out.bytes_written;
  slot->last_sent_ms = now_ms;
  slot->frame_crc = bwc_frame_crc(BWC_FRAME_TELEMETRY, slot->bytes, slot->len);
  l->stats.sent++;
  if (now_ms >= l->held_until_ms) send_frame(l, BWC_FRAME_TELEMETRY, slot->bytes, slot->len);
  return true;
}

void bwc_link_result(struct bwc_link *l, const bwc_v1_CommandResult *r) {
  for (int i = 0; i < BWC_COMMANDS_REMEMBERED; i++) {
    if (strcmp(l->seen[i].id, r->command_id) == 0) {
      l->seen[i].result = *r;
      l->seen[i].has_result = true;
    }
  }
  uint8_t buf[bwc_v1_CommandResult_size];
  pb_ostream_t out = pb_ostream_from_buffer(buf, sizeof buf);
  if (pb_encode(&out, bwc_v1_CommandResult_fields, r)) send_frame(l, BWC_FRAME_COMMAND_RESULT, buf, out.bytes_written);
}

static void forget(struct bwc_link *l, struct bwc_entry *e) {
  e->used = false;
  l->stats.acked++;
}

static void on_ack(struct bwc_link *l, const bwc_v1_Ack *a) {
  l->stats.acks++;
  if (strcmp(a->device_id, l->device_id) != 0) return;
  bool progress = false;
  for (int i = 0; i < BWC_QUEUE; i++) {
    struct bwc_entry *e = &l->queue[i];
    if (!e->used || e->boot_id != a->boot_id) continue;
    bool named = e->seq <= a->seq;
    for (pb_size_t k = 0; k < a->received_count && !named; k++) named = a->received[k] == e->seq;
    if (named) {
      forget(l, e);
      progress = true;
    }
  }
  if (progress) l->timeout_ms = BWC_ACK_TIMEOUT_MS;
}

static void on_nack(struct bwc_link *l, const bwc_v1_Nack *n, int64_t now_ms) {
  l->stats.nacks++;
  if (n->device_id[0] != 0 && strcmp(n->device_id, l->device_id) != 0) return;
  if (n->reason == bwc_v1_NackReason_NACK_REASON_UNKNOWN_DEVICE) {
    l->held_until_ms = now_ms + BWC_UNKNOWN_HOLD_MS; /* keep the data; send again after a hello is accepted */
    return;
  }
  if (n->resend) return; /* RETRY_LATER, TOO_LARGE: the timeout resends */
  for (int i = 0; i < BWC_QUEUE; i++) {
    struct bwc_entry *e = &l->queue[i];
    if (!e->used) continue;
    bool named = n->seqs_count == 0 && e->frame_crc == n->frame_crc;
    for (pb_size_t k = 0; k < n->seqs_count && !named; k++) named = e->boot_id == n->boot_id && e->seq == n->seqs[k];
    if (named) {
      e->used = false;
      l->stats.refused++;
    }
  }
}

/* A command id seen before is answered with its last result and not executed again. */
static bool first_time(struct bwc_link *l, const bwc_v1_Command *c) {
  for (int i = 0; i < BWC_COMMANDS_REMEMBERED; i++) {
    if (strcmp(l->seen[i].id, c->command_id) != 0) continue;
    l->stats.duplicate_commands++;
    if (l->seen[i].has_result) bwc_link_result(l, &l->seen[i].result);
    return false;
  }
  struct bwc_seen_command *s = &l->seen[l->next_seen++ % BWC_COMMANDS_REMEMBERED];
  memset(s, 0, sizeof *s);
  memcpy(s->id, c->command_id, sizeof s->id); /* both 129 bytes, NUL-terminated by nanopb */
  return true;
}

static void on_frame(struct bwc_link *l, uint8_t type, const uint8_t *p, size_t len, int64_t now_ms, struct bwc_events *ev) {
  pb_istream_t in = pb_istream_from_buffer(p, len);
  if (type == BWC_FRAME_ACK) {
    bwc_v1_Ack a = bwc_v1_Ack_init_zero;
    if (pb_decode(&in, bwc_v1_Ack_fields, &a)) on_ack(l, &a);
  } else if (type == BWC_FRAME_NACK) {
    bwc_v1_Nack n = bwc_v1_Nack_init_zero;
    if (pb_decode(&in, bwc_v1_Nack_fields, &n)) on_nack(l, &n, now_ms);
  } else if (type == BWC_FRAME_HELLO_REPLY) {
    bwc_v1_HelloReply h = bwc_v1_HelloReply_init_zero;
    if (pb_decode(&in, bwc_v1_HelloReply_fields, &h) && strcmp(h.device_id, l->device_id) == 0) {
      l->stats.hello_replies++;
      if (h.status == bwc_v1_HelloStatus_HELLO_STATUS_ACCEPTED) l->held_until_ms = 0;
      ev->hello_reply = true;
      ev->reply = h;
    }
  } else if (type == BWC_FRAME_COMMAND) {
    bwc_v1_Command c = bwc_v1_Command_init_zero;
    if (pb_decode(&in, bwc_v1_Command_fields, &c) && strcmp(c.device_id, l->device_id) == 0) {
      l->stats.commands++;
      if (first_time(l, &c)) {
        ev->command = true;
        ev->cmd = c;
      }
    }
  } /* other types (alerts for a display, future ones) are ignored */
}

void bwc_link_receive(struct bwc_link *l, const uint8_t *bytes, size_t len, int64_t now_ms, struct bwc_events *ev) {
  for (size_t i = 0; i < len; i++) {
    if (bytes[i] != 0x00) {
      if (l->rx_len < sizeof l->rx) l->rx[l->rx_len++] = bytes[i];
      else l->rx_len = sizeof l->rx + 1; /* oversize: discard until the delimiter */
      continue;
    }
    if (l->rx_len > 0 && l->rx_len <= sizeof l->rx) {
      uint8_t body[BWC_FRAME_MAX_BODY + 64];
      uint8_t type;
      const uint8_t *payload;
      long n = bwc_frame_decode(l->rx, l->rx_len, body, sizeof body, &type, &payload);
      if (n < 0) l->stats.bad_frames++;
      else on_frame(l, type, payload, (size_t)n, now_ms, ev);
    }
    l->rx_len = 0;
  }
}

static bool later(const struct bwc_entry *a, uint32_t boot, uint64_t seq) {
  return a->boot_id > boot || (a->boot_id == boot && a->seq > seq);
}

/* Resends in seq order: when a message is due, every older one still pending goes again first,
 * so the gateway never sees holes filled out of order (due times cross as the timeout doubles). */
void bwc_link_tick(struct bwc_link *l, int64_t now_ms) {
  if (now_ms < l->held_until_ms) return;
  const struct bwc_entry *mark = NULL; /* the newest message that is due */
  for (int i = 0; i < BWC_QUEUE; i++) {
    const struct bwc_entry *e = &l->queue[i];
    if (e->used && now_ms - e->last_sent_ms >= l->timeout_ms && (mark == NULL || later(e, mark->boot_id, mark->seq))) mark = e;
  }
  if (mark == NULL) return;
  const uint32_t boot = mark->boot_id;
  const uint64_t seq = mark->seq;
  for (;;) { /* the oldest pending one up to the mark not yet sent in this pass */
    struct bwc_entry *next = NULL;
    for (int i = 0; i < BWC_QUEUE; i++) {
      struct bwc_entry *e = &l->queue[i];
      if (!e->used || later(e, boot, seq) || e->last_sent_ms == now_ms) continue;
      if (next == NULL || later(next, e->boot_id, e->seq)) next = e;
    }
    if (next == NULL) break;
    next->last_sent_ms = now_ms;
    send_frame(l, BWC_FRAME_TELEMETRY, next->bytes, next->len);
    l->stats.resent++;
  }
  l->timeout_ms = l->timeout_ms * 2 > BWC_ACK_TIMEOUT_MAX_MS ? BWC_ACK_TIMEOUT_MAX_MS : l->timeout_ms * 2;
}
