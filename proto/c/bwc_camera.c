/*
 * A small reference camera in C on a serial line (proto/README.md sections 1-3, 2a-2c): hello
 * first after boot, a heartbeat at the interval the HelloReply gives, start/stop recording and
 * the other commands executed once each with CommandResults, store-and-forward through
 * bwc_link. POSIX termios; the protocol parts (bwc_frame, bwc_link) have no OS dependency.
 *
 *   bwc-camera --port /dev/ttyUSB0 --device cam-0001 [--boot 1] [--heartbeat-ms 30000] [--seconds 60]
 *
 * Prints one JSON line of counters when it stops (after --seconds, or on SIGINT/SIGTERM).
 */
#define _DEFAULT_SOURCE /* cfmakeraw */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "bwc_link.h"

static volatile sig_atomic_t stopping = 0;
static void on_signal(int sig) {
  (void)sig;
  stopping = 1;
}

static int64_t now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

struct camera {
  struct bwc_link link;
  int fd;
  uint32_t boot_id;
  uint64_t seq;
  int64_t heartbeat_ms, next_beat_ms;
  int64_t clock_offset_ms; /* added to the system clock (SyncTime changes it) */
  bool recording;
};

static void write_all(const uint8_t *bytes, size_t len, void *ctx) {
  struct camera *c = ctx;
  while (len > 0) {
    ssize_t n = write(c->fd, bytes, len);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return; /* the line is gone: the queue keeps the data */
    }
    bytes += n;
    len -= (size_t)n;
  }
}

static bwc_v1_Telemetry message(struct camera *c, pb_size_t which) {
  bwc_v1_Telemetry t = bwc_v1_Telemetry_init_zero;
  snprintf(t.device_id, sizeof t.device_id, "%s", c->link.device_id);
  t.boot_id = c->boot_id;
  t.seq = ++c->seq;
  t.time_ms = now_ms() + c->clock_offset_ms;
  t.which_body = which;
  return t;
}

static void heartbeat(struct camera *c) {
  bwc_v1_Telemetry t = message(c, bwc_v1_Telemetry_heartbeat_tag);
  t.body.heartbeat.mode = bwc_v1_DeviceMode_DEVICE_MODE_READY;
  t.body.heartbeat.recording = c->recording;
  bwc_link_send(&c->link, &t, now_ms());
  c->next_beat_ms = now_ms() + c->heartbeat_ms;
}

static void status(struct camera *c) {
  heartbeat(c);
  bwc_v1_Telemetry b = message(c, bwc_v1_Telemetry_battery_tag);
  b.body.battery.percent = 80;
  b.body.battery.millivolts = 3950;
  b.body.battery.temperature_c = 31.0f;
  bwc_link_send(&c->link, &b, now_ms());
  bwc_v1_Telemetry s = message(c, bwc_v1_Telemetry_storage_tag);
  s.body.storage.total_bytes = 64ull << 30;
  s.body.storage.used_bytes = 10ull << 30;
  bwc_link_send(&c->link, &s, now_ms());
}

static void recording(struct camera *c, bool start, const char *id) {
  c->recording = start;
  bwc_v1_Telemetry t = message(c, bwc_v1_Telemetry_recording_tag);
  t.body.recording.action = start ? bwc_v1_RecordingAction_RECORDING_ACTION_START : bwc_v1_RecordingAction_RECORDING_ACTION_STOP;
  t.body.recording.source = bwc_v1_ActivationSource_ACTIVATION_SOURCE_REMOTE;
  snprintf(t.body.recording.recording_id, sizeof t.body.recording.recording_id, "r-%.64s", id);
  bwc_link_send(&c->link, &t, now_ms());
}

static void answer(struct camera *c, const char *id, bwc_v1_CommandStatus status, const char *reason) {
  bwc_v1_CommandResult r = bwc_v1_CommandResult_init_zero;
  snprintf(r.command_id, sizeof r.command_id, "%s", id);
  snprintf(r.device_id, sizeof r.device_id, "%s", c->link.device_id);
  r.status = status;
  snprintf(r.reason, sizeof r.reason, "%s", reason);
  r.time_ms = now_ms() + c->clock_offset_ms;
  bwc_link_result(&c->link, &r);
}

/* A command seen for the first time (bwc_link answers repeats). */
static void execute(struct camera *c, const bwc_v1_Command *cmd) {
  if (cmd->expires_ms != 0 && now_ms() + c->clock_offset_ms > cmd->expires_ms) {
    answer(c, cmd->command_id, bwc_v1_CommandStatus_COMMAND_STATUS_REJECTED, "expired");
    return;
  }
  answer(c, cmd->command_id, bwc_v1_CommandStatus_COMMAND_STATUS_ACCEPTED, "");
  switch (cmd->which_action) {
    case bwc_v1_Command_start_recording_tag: recording(c, true, cmd->command_id); break;
    case bwc_v1_Command_stop_recording_tag: recording(c, false, cmd->command_id); break;
    case bwc_v1_Command_ping_tag: heartbeat(c); break;
    case bwc_v1_Command_request_status_tag: status(c); break;
    case bwc_v1_Command_set_settings_tag:
      if (cmd->action.set_settings.settings.heartbeat_interval_s > 0) c->heartbeat_ms = cmd->action.set_settings.settings.heartbeat_interval_s * 1000;
      break;
    case bwc_v1_Command_sync_time_tag: c->clock_offset_ms = cmd->action.sync_time.server_time_ms - now_ms(); break;
    case bwc_v1_Command_locate_tag: fprintf(stderr, "beep (%u s)\n", cmd->action.locate.duration_s); break;
    case bwc_v1_Command_reboot_tag: break; /* a real camera reboots after this answer */
    default: answer(c, cmd->command_id, bwc_v1_CommandStatus_COMMAND_STATUS_REJECTED, "unknown command"); return;
  }
  answer(c, cmd->command_id, bwc_v1_CommandStatus_COMMAND_STATUS_SUCCEEDED, "");
}

static int open_port(const char *path) {
  int fd = open(path, O_RDWR | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return -1;
  struct termios tio;
  if (tcgetattr(fd, &tio) == 0) {
    cfmakeraw(&tio);
    cfsetispeed(&tio, B115200);
    cfsetospeed(&tio, B115200);
    tcsetattr(fd, TCSANOW, &tio);
  }
  return fd;
}

static void usage(void) {
  fprintf(stderr, "usage: bwc-camera --port PATH --device ID [--boot N] [--heartbeat-ms MS] [--seconds S] [--clock-ahead-ms MS]\n");
  exit(2);
}

int main(int argc, char **argv) {
  static const struct option opts[] = {
      {"port", required_argument, 0, 'p'},         {"device", required_argument, 0, 'd'},  {"boot", required_argument, 0, 'b'},
      {"heartbeat-ms", required_argument, 0, 'h'}, {"seconds", required_argument, 0, 's'}, {"clock-ahead-ms", required_argument, 0, 'c'},
      {0, 0, 0, 0},
  };
  const char *port = NULL, *device = NULL;
  struct camera c;
  memset(&c, 0, sizeof c);
  c.boot_id = 1;
  c.heartbeat_ms = 30000;
  long seconds = 60;
  for (int o; (o = getopt_long(argc, argv, "", opts, NULL)) != -1;) {
    switch (o) {
      case 'p': port = optarg; break;
      case 'd': device = optarg; break;
      case 'b': c.boot_id = (uint32_t)strtoul(optarg, NULL, 10); break;
      case 'h': c.heartbeat_ms = strtol(optarg, NULL, 10); break;
      case 's': seconds = strtol(optarg, NULL, 10); break;
      case 'c': c.clock_offset_ms = strtol(optarg, NULL, 10); break;
      default: usage();
    }
  }
  if (port == NULL || device == NULL || strlen(device) == 0 || strlen(device) > 64 || c.heartbeat_ms < 100) usage();
  c.fd = open_port(port);
  if (c.fd < 0) {
    fprintf(stderr, "bwc-camera: cannot open %s: %s\n", port, strerror(errno));
    return 2;
  }
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  bwc_link_init(&c.link, device, write_all, &c);

  bwc_v1_Telemetry hello = message(&c, bwc_v1_Telemetry_hello_tag);
  strcpy(hello.body.hello.firmware_version, "c-ref-1.1");
  strcpy(hello.body.hello.model, "reference");
  strcpy(hello.body.hello.vendor, "bwc");
  hello.body.hello.pre_event_buffer_s = 30;
  bwc_link_send(&c.link, &hello, now_ms());
  c.next_beat_ms = now_ms() + c.heartbeat_ms;

  const int64_t end = now_ms() + seconds * 1000;
  while (!stopping && now_ms() < end) {
    struct pollfd p = {.fd = c.fd, .events = POLLIN};
    if (poll(&p, 1, 20) > 0 && (p.revents & POLLIN)) {
      uint8_t buf[1024];
      ssize_t n = read(c.fd, buf, sizeof buf);
      if (n > 0) {
        struct bwc_events ev;
        memset(&ev, 0, sizeof ev);
        bwc_link_receive(&c.link, buf, (size_t)n, now_ms(), &ev);
        if (ev.hello_reply && ev.reply.has_settings && ev.reply.settings.heartbeat_interval_s > 0) {
          c.heartbeat_ms = (int64_t)ev.reply.settings.heartbeat_interval_s * 1000;
          if (c.next_beat_ms > now_ms() + c.heartbeat_ms) c.next_beat_ms = now_ms() + c.heartbeat_ms;
        }
        if (ev.command) execute(&c, &ev.cmd);
      }
    }
    if (now_ms() >= c.next_beat_ms) heartbeat(&c);
    bwc_link_tick(&c.link, now_ms());
  }
  const struct bwc_stats *s = &c.link.stats;
  printf("{\"sent\":%u,\"resent\":%u,\"acked\":%u,\"dropped\":%u,\"acks\":%u,\"nacks\":%u,\"refused\":%u,\"helloReplies\":%u,\"commands\":%u,"
         "\"duplicateCommands\":%u,\"badFrames\":%u,\"pending\":%u,\"heartbeatMs\":%lld}\n",
         s->sent, s->resent, s->acked, s->dropped, s->acks, s->nacks, s->refused, s->hello_replies, s->commands, s->duplicate_commands, s->bad_frames,
         bwc_link_pending(&c.link), (long long)c.heartbeat_ms);
  close(c.fd);
  return 0;
}
