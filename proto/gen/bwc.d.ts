import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace bwc. */
export namespace bwc {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Ack.
         * @deprecated Use bwc.v1.Ack.$Properties instead.
         */
        interface IAck extends bwc.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack deviceId. */
            deviceId: string;

            /** Ack bootId. */
            bootId: number;

            /** Ack seq. */
            seq: number;

            /** Ack received. */
            received: number[];

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: bwc.v1.Ack.$Shape): bwc.v1.Ack & bwc.v1.Ack.$Shape;
            static create(properties?: bwc.v1.Ack.$Properties): bwc.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link bwc.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link bwc.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Ack & bwc.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Ack & bwc.v1.Ack.$Shape;

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Ack & bwc.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Ack & bwc.v1.Ack.$Shape;

            /**
             * Verifies an Ack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ack
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param message Ack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack deviceId */
                deviceId?: (string|null);

                /** Ack bootId */
                bootId?: (number|null);

                /** Ack seq */
                seq?: (number|null);

                /** Ack received */
                received?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = bwc.v1.Ack.$Properties;
        }

        /**
         * Properties of an Activity.
         * @deprecated Use bwc.v1.Activity.$Properties instead.
         */
        interface IActivity extends bwc.v1.Activity.$Properties {
        }

        /** Represents an Activity. */
        class Activity {

            /**
             * Constructs a new Activity.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Activity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Activity activityId. */
            activityId: string;

            /** Activity type. */
            type: bwc.v1.ActivityType;

            /** Activity phase. */
            phase: bwc.v1.ActivityPhase;

            /** Activity timeMs. */
            timeMs: number;

            /** Activity deviceIds. */
            deviceIds: string[];

            /** Activity source. */
            source: string;

            /** Activity lat. */
            lat: number;

            /** Activity lon. */
            lon: number;

            /** Activity note. */
            note: string;

            /** Activity officerIds. */
            officerIds: string[];

            /** Activity unit. */
            unit: string;

            /**
             * Creates a new Activity instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Activity instance
             */
            static create(properties: bwc.v1.Activity.$Shape): bwc.v1.Activity & bwc.v1.Activity.$Shape;
            static create(properties?: bwc.v1.Activity.$Properties): bwc.v1.Activity;

            /**
             * Encodes the specified Activity message. Does not implicitly {@link bwc.v1.Activity.verify|verify} messages.
             * @param message Activity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Activity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Activity message, length delimited. Does not implicitly {@link bwc.v1.Activity.verify|verify} messages.
             * @param message Activity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Activity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Activity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Activity & bwc.v1.Activity.$Shape} Activity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Activity & bwc.v1.Activity.$Shape;

            /**
             * Decodes an Activity message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Activity & bwc.v1.Activity.$Shape} Activity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Activity & bwc.v1.Activity.$Shape;

            /**
             * Verifies an Activity message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Activity message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Activity
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Activity;

            /**
             * Creates a plain object from an Activity message. Also converts values to other types if specified.
             * @param message Activity
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Activity, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Activity to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Activity
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Activity {

            /** Properties of an Activity. */
            interface $Properties {

                /** Activity activityId */
                activityId?: (string|null);

                /** Activity type */
                type?: (bwc.v1.ActivityType|null);

                /** Activity phase */
                phase?: (bwc.v1.ActivityPhase|null);

                /** Activity timeMs */
                timeMs?: (number|null);

                /** Activity deviceIds */
                deviceIds?: (string[]|null);

                /** Activity source */
                source?: (string|null);

                /** Activity lat */
                lat?: (number|null);

                /** Activity lon */
                lon?: (number|null);

                /** Activity note */
                note?: (string|null);

                /** Activity officerIds */
                officerIds?: (string[]|null);

                /** Activity unit */
                unit?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Activity. */
            type $Shape = bwc.v1.Activity.$Properties;
        }

        /** DeviceMode enum. */
        enum DeviceMode {

            /** DEVICE_MODE_UNSPECIFIED value */
            DEVICE_MODE_UNSPECIFIED = 0,

            /** DEVICE_MODE_OFF value */
            DEVICE_MODE_OFF = 1,

            /** DEVICE_MODE_READY value */
            DEVICE_MODE_READY = 2,

            /** DEVICE_MODE_SLEEP value */
            DEVICE_MODE_SLEEP = 3,

            /** DEVICE_MODE_DOCKED value */
            DEVICE_MODE_DOCKED = 4
        }

        /** RecordingAction enum. */
        enum RecordingAction {

            /** RECORDING_ACTION_UNSPECIFIED value */
            RECORDING_ACTION_UNSPECIFIED = 0,

            /** RECORDING_ACTION_START value */
            RECORDING_ACTION_START = 1,

            /** RECORDING_ACTION_STOP value */
            RECORDING_ACTION_STOP = 2
        }

        /** ActivationSource enum. */
        enum ActivationSource {

            /** ACTIVATION_SOURCE_UNSPECIFIED value */
            ACTIVATION_SOURCE_UNSPECIFIED = 0,

            /** ACTIVATION_SOURCE_BUTTON value */
            ACTIVATION_SOURCE_BUTTON = 1,

            /** ACTIVATION_SOURCE_SIGNAL value */
            ACTIVATION_SOURCE_SIGNAL = 2,

            /** ACTIVATION_SOURCE_REMOTE value */
            ACTIVATION_SOURCE_REMOTE = 3
        }

        /** GpsFix enum. */
        enum GpsFix {

            /** GPS_FIX_UNSPECIFIED value */
            GPS_FIX_UNSPECIFIED = 0,

            /** GPS_FIX_NONE value */
            GPS_FIX_NONE = 1,

            /** GPS_FIX_2D value */
            GPS_FIX_2D = 2,

            /** GPS_FIX_3D value */
            GPS_FIX_3D = 3
        }

        /** TriggerKind enum. */
        enum TriggerKind {

            /** TRIGGER_KIND_UNSPECIFIED value */
            TRIGGER_KIND_UNSPECIFIED = 0,

            /** TRIGGER_KIND_HOLSTER_DRAW value */
            TRIGGER_KIND_HOLSTER_DRAW = 1,

            /** TRIGGER_KIND_LIGHTBAR value */
            TRIGGER_KIND_LIGHTBAR = 2,

            /** TRIGGER_KIND_SIREN value */
            TRIGGER_KIND_SIREN = 3,

            /** TRIGGER_KIND_TASER_ARMED value */
            TRIGGER_KIND_TASER_ARMED = 4,

            /** TRIGGER_KIND_DOOR_OPEN value */
            TRIGGER_KIND_DOOR_OPEN = 5,

            /** TRIGGER_KIND_CRASH value */
            TRIGGER_KIND_CRASH = 6,

            /** TRIGGER_KIND_SPEED value */
            TRIGGER_KIND_SPEED = 7,

            /** TRIGGER_KIND_GUNSHOT value */
            TRIGGER_KIND_GUNSHOT = 8,

            /** TRIGGER_KIND_MANUAL_MARKER value */
            TRIGGER_KIND_MANUAL_MARKER = 9
        }

        /** ActivityType enum. */
        enum ActivityType {

            /** ACTIVITY_TYPE_UNSPECIFIED value */
            ACTIVITY_TYPE_UNSPECIFIED = 0,

            /** ACTIVITY_TYPE_AT_LARGE_ARREST value */
            ACTIVITY_TYPE_AT_LARGE_ARREST = 1,

            /** ACTIVITY_TYPE_SEARCH_INCIDENT_TO_ARREST value */
            ACTIVITY_TYPE_SEARCH_INCIDENT_TO_ARREST = 2,

            /** ACTIVITY_TYPE_INVESTIGATORY_DETENTION value */
            ACTIVITY_TYPE_INVESTIGATORY_DETENTION = 3,

            /** ACTIVITY_TYPE_WARRANT_EXECUTION value */
            ACTIVITY_TYPE_WARRANT_EXECUTION = 4,

            /** ACTIVITY_TYPE_SUBPOENA_SERVICE value */
            ACTIVITY_TYPE_SUBPOENA_SERVICE = 5,

            /** ACTIVITY_TYPE_SEARCH_SEIZURE_ORDER value */
            ACTIVITY_TYPE_SEARCH_SEIZURE_ORDER = 6,

            /** ACTIVITY_TYPE_REMOVAL_ORDER_EXECUTION value */
            ACTIVITY_TYPE_REMOVAL_ORDER_EXECUTION = 7,

            /** ACTIVITY_TYPE_FACILITY_PROTECTION value */
            ACTIVITY_TYPE_FACILITY_PROTECTION = 8,

            /** ACTIVITY_TYPE_FACILITY_DISTURBANCE value */
            ACTIVITY_TYPE_FACILITY_DISTURBANCE = 9,

            /** ACTIVITY_TYPE_EMERGENCY_RESPONSE value */
            ACTIVITY_TYPE_EMERGENCY_RESPONSE = 10,

            /** ACTIVITY_TYPE_FIRST_AMENDMENT_ACTIVITY value */
            ACTIVITY_TYPE_FIRST_AMENDMENT_ACTIVITY = 11,

            /** ACTIVITY_TYPE_UNDERCOVER_OPERATION value */
            ACTIVITY_TYPE_UNDERCOVER_OPERATION = 12,

            /** ACTIVITY_TYPE_OTHER value */
            ACTIVITY_TYPE_OTHER = 13
        }

        /** ActivityPhase enum. */
        enum ActivityPhase {

            /** ACTIVITY_PHASE_UNSPECIFIED value */
            ACTIVITY_PHASE_UNSPECIFIED = 0,

            /** ACTIVITY_PHASE_START value */
            ACTIVITY_PHASE_START = 1,

            /** ACTIVITY_PHASE_END value */
            ACTIVITY_PHASE_END = 2
        }

        /** AlertKind enum. */
        enum AlertKind {

            /** ALERT_KIND_UNSPECIFIED value */
            ALERT_KIND_UNSPECIFIED = 0,

            /** ALERT_KIND_MISSED_ACTIVATION value */
            ALERT_KIND_MISSED_ACTIVATION = 1,

            /** ALERT_KIND_PREMATURE_DEACTIVATION value */
            ALERT_KIND_PREMATURE_DEACTIVATION = 2,

            /** ALERT_KIND_RECORDING_PROHIBITED value */
            ALERT_KIND_RECORDING_PROHIBITED = 3,

            /** ALERT_KIND_DEVICE_OFFLINE value */
            ALERT_KIND_DEVICE_OFFLINE = 4,

            /** ALERT_KIND_LOW_BATTERY value */
            ALERT_KIND_LOW_BATTERY = 5,

            /** ALERT_KIND_BATTERY_EXHAUSTION_PREDICTED value */
            ALERT_KIND_BATTERY_EXHAUSTION_PREDICTED = 6,

            /** ALERT_KIND_STORAGE_LOW value */
            ALERT_KIND_STORAGE_LOW = 7,

            /** ALERT_KIND_TELEMETRY_GAP value */
            ALERT_KIND_TELEMETRY_GAP = 8,

            /** ALERT_KIND_CLOCK_SKEW value */
            ALERT_KIND_CLOCK_SKEW = 9,

            /** ALERT_KIND_DEVICE_FAULT value */
            ALERT_KIND_DEVICE_FAULT = 10,

            /** ALERT_KIND_COVERAGE_GAP value */
            ALERT_KIND_COVERAGE_GAP = 11,

            /** ALERT_KIND_CLOCK_STEP value */
            ALERT_KIND_CLOCK_STEP = 12
        }

        /** AlertSeverity enum. */
        enum AlertSeverity {

            /** ALERT_SEVERITY_UNSPECIFIED value */
            ALERT_SEVERITY_UNSPECIFIED = 0,

            /** ALERT_SEVERITY_INFO value */
            ALERT_SEVERITY_INFO = 1,

            /** ALERT_SEVERITY_WARNING value */
            ALERT_SEVERITY_WARNING = 2,

            /** ALERT_SEVERITY_HIGH value */
            ALERT_SEVERITY_HIGH = 3,

            /** ALERT_SEVERITY_CRITICAL value */
            ALERT_SEVERITY_CRITICAL = 4
        }

        /** AlertStatus enum. */
        enum AlertStatus {

            /** ALERT_STATUS_UNSPECIFIED value */
            ALERT_STATUS_UNSPECIFIED = 0,

            /** ALERT_STATUS_OPEN value */
            ALERT_STATUS_OPEN = 1,

            /** ALERT_STATUS_ACKNOWLEDGED value */
            ALERT_STATUS_ACKNOWLEDGED = 2,

            /** ALERT_STATUS_RESOLVED value */
            ALERT_STATUS_RESOLVED = 3,

            /** ALERT_STATUS_RETRACTED value */
            ALERT_STATUS_RETRACTED = 4
        }

        /**
         * Properties of an Alert.
         * @deprecated Use bwc.v1.Alert.$Properties instead.
         */
        interface IAlert extends bwc.v1.Alert.$Properties {
        }

        /** Represents an Alert. */
        class Alert {

            /**
             * Constructs a new Alert.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Alert.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Alert alertId. */
            alertId: string;

            /** Alert revision. */
            revision: number;

            /** Alert kind. */
            kind: bwc.v1.AlertKind;

            /** Alert severity. */
            severity: bwc.v1.AlertSeverity;

            /** Alert status. */
            status: bwc.v1.AlertStatus;

            /** Alert deviceId. */
            deviceId: string;

            /** Alert activityId. */
            activityId: string;

            /** Alert activityType. */
            activityType: bwc.v1.ActivityType;

            /** Alert cause. */
            cause: string;

            /** Alert resolution. */
            resolution: string;

            /** Alert obligationStartMs. */
            obligationStartMs: number;

            /** Alert deadlineMs. */
            deadlineMs: number;

            /** Alert detectedMs. */
            detectedMs: number;

            /** Alert latenessMs. */
            latenessMs: number;

            /** Alert uncoveredMs. */
            uncoveredMs: number;

            /** Alert detail. */
            detail: string;

            /** Alert ackBy. */
            ackBy: string;

            /** Alert ackReason. */
            ackReason: string;

            /** Alert revisedMs. */
            revisedMs: number;

            /** Alert triggerKind. */
            triggerKind: bwc.v1.TriggerKind;

            /** Alert officerId. */
            officerId: string;

            /** Alert seq. */
            seq: number;

            /**
             * Creates a new Alert instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Alert instance
             */
            static create(properties: bwc.v1.Alert.$Shape): bwc.v1.Alert & bwc.v1.Alert.$Shape;
            static create(properties?: bwc.v1.Alert.$Properties): bwc.v1.Alert;

            /**
             * Encodes the specified Alert message. Does not implicitly {@link bwc.v1.Alert.verify|verify} messages.
             * @param message Alert message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Alert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Alert message, length delimited. Does not implicitly {@link bwc.v1.Alert.verify|verify} messages.
             * @param message Alert message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Alert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Alert message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Alert & bwc.v1.Alert.$Shape} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Alert & bwc.v1.Alert.$Shape;

            /**
             * Decodes an Alert message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Alert & bwc.v1.Alert.$Shape} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Alert & bwc.v1.Alert.$Shape;

            /**
             * Verifies an Alert message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Alert message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Alert
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Alert;

            /**
             * Creates a plain object from an Alert message. Also converts values to other types if specified.
             * @param message Alert
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Alert, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Alert to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Alert
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Alert {

            /** Properties of an Alert. */
            interface $Properties {

                /** Alert alertId */
                alertId?: (string|null);

                /** Alert revision */
                revision?: (number|null);

                /** Alert kind */
                kind?: (bwc.v1.AlertKind|null);

                /** Alert severity */
                severity?: (bwc.v1.AlertSeverity|null);

                /** Alert status */
                status?: (bwc.v1.AlertStatus|null);

                /** Alert deviceId */
                deviceId?: (string|null);

                /** Alert activityId */
                activityId?: (string|null);

                /** Alert activityType */
                activityType?: (bwc.v1.ActivityType|null);

                /** Alert cause */
                cause?: (string|null);

                /** Alert resolution */
                resolution?: (string|null);

                /** Alert obligationStartMs */
                obligationStartMs?: (number|null);

                /** Alert deadlineMs */
                deadlineMs?: (number|null);

                /** Alert detectedMs */
                detectedMs?: (number|null);

                /** Alert latenessMs */
                latenessMs?: (number|null);

                /** Alert uncoveredMs */
                uncoveredMs?: (number|null);

                /** Alert detail */
                detail?: (string|null);

                /** Alert ackBy */
                ackBy?: (string|null);

                /** Alert ackReason */
                ackReason?: (string|null);

                /** Alert revisedMs */
                revisedMs?: (number|null);

                /** Alert triggerKind */
                triggerKind?: (bwc.v1.TriggerKind|null);

                /** Alert officerId */
                officerId?: (string|null);

                /** Alert seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Alert. */
            type $Shape = bwc.v1.Alert.$Properties;
        }

        /** AssignmentAction enum. */
        enum AssignmentAction {

            /** ASSIGNMENT_ACTION_UNSPECIFIED value */
            ASSIGNMENT_ACTION_UNSPECIFIED = 0,

            /** ASSIGNMENT_ACTION_ASSIGN value */
            ASSIGNMENT_ACTION_ASSIGN = 1,

            /** ASSIGNMENT_ACTION_UNASSIGN value */
            ASSIGNMENT_ACTION_UNASSIGN = 2
        }

        /**
         * Properties of an Assignment.
         * @deprecated Use bwc.v1.Assignment.$Properties instead.
         */
        interface IAssignment extends bwc.v1.Assignment.$Properties {
        }

        /** Represents an Assignment. */
        class Assignment {

            /**
             * Constructs a new Assignment.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Assignment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Assignment officerId. */
            officerId: string;

            /** Assignment deviceId. */
            deviceId: string;

            /** Assignment action. */
            action: bwc.v1.AssignmentAction;

            /** Assignment timeMs. */
            timeMs: number;

            /** Assignment source. */
            source: string;

            /** Assignment unit. */
            unit: string;

            /**
             * Creates a new Assignment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Assignment instance
             */
            static create(properties: bwc.v1.Assignment.$Shape): bwc.v1.Assignment & bwc.v1.Assignment.$Shape;
            static create(properties?: bwc.v1.Assignment.$Properties): bwc.v1.Assignment;

            /**
             * Encodes the specified Assignment message. Does not implicitly {@link bwc.v1.Assignment.verify|verify} messages.
             * @param message Assignment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Assignment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Assignment message, length delimited. Does not implicitly {@link bwc.v1.Assignment.verify|verify} messages.
             * @param message Assignment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Assignment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Assignment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Assignment & bwc.v1.Assignment.$Shape} Assignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Assignment & bwc.v1.Assignment.$Shape;

            /**
             * Decodes an Assignment message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Assignment & bwc.v1.Assignment.$Shape} Assignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Assignment & bwc.v1.Assignment.$Shape;

            /**
             * Verifies an Assignment message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Assignment message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Assignment
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Assignment;

            /**
             * Creates a plain object from an Assignment message. Also converts values to other types if specified.
             * @param message Assignment
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Assignment, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Assignment to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Assignment
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Assignment {

            /** Properties of an Assignment. */
            interface $Properties {

                /** Assignment officerId */
                officerId?: (string|null);

                /** Assignment deviceId */
                deviceId?: (string|null);

                /** Assignment action */
                action?: (bwc.v1.AssignmentAction|null);

                /** Assignment timeMs */
                timeMs?: (number|null);

                /** Assignment source */
                source?: (string|null);

                /** Assignment unit */
                unit?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Assignment. */
            type $Shape = bwc.v1.Assignment.$Properties;
        }

        /**
         * Properties of a Command.
         * @deprecated Use bwc.v1.Command.$Properties instead.
         */
        interface ICommand extends bwc.v1.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command commandId. */
            commandId: string;

            /** Command deviceId. */
            deviceId: string;

            /** Command issuedMs. */
            issuedMs: number;

            /** Command expiresMs. */
            expiresMs: number;

            /** Command startRecording. */
            startRecording?: (bwc.v1.StartRecording.$Properties|null);

            /** Command stopRecording. */
            stopRecording?: (bwc.v1.StopRecording.$Properties|null);

            /** Command reboot. */
            reboot?: (bwc.v1.Reboot.$Properties|null);

            /** Command ping. */
            ping?: (bwc.v1.Ping.$Properties|null);

            /** Command setSettings. */
            setSettings?: (bwc.v1.SetSettings.$Properties|null);

            /** Command syncTime. */
            syncTime?: (bwc.v1.SyncTime.$Properties|null);

            /** Command locate. */
            locate?: (bwc.v1.Locate.$Properties|null);

            /** Command requestStatus. */
            requestStatus?: (bwc.v1.RequestStatus.$Properties|null);

            /** Command action. */
            action?: ("startRecording"|"stopRecording"|"reboot"|"ping"|"setSettings"|"syncTime"|"locate"|"requestStatus");

            /**
             * Creates a new Command instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Command instance
             */
            static create(properties: bwc.v1.Command.$Shape): bwc.v1.Command & bwc.v1.Command.$Shape;
            static create(properties?: bwc.v1.Command.$Properties): bwc.v1.Command;

            /**
             * Encodes the specified Command message. Does not implicitly {@link bwc.v1.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Command message, length delimited. Does not implicitly {@link bwc.v1.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Command & bwc.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Command & bwc.v1.Command.$Shape;

            /**
             * Decodes a Command message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Command & bwc.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Command & bwc.v1.Command.$Shape;

            /**
             * Verifies a Command message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Command
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Command;

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @param message Command
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Command to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Command
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** Command commandId */
                commandId?: (string|null);

                /** Command deviceId */
                deviceId?: (string|null);

                /** Command issuedMs */
                issuedMs?: (number|null);

                /** Command expiresMs */
                expiresMs?: (number|null);

                /** Command startRecording */
                startRecording?: (bwc.v1.StartRecording.$Properties|null);

                /** Command stopRecording */
                stopRecording?: (bwc.v1.StopRecording.$Properties|null);

                /** Command reboot */
                reboot?: (bwc.v1.Reboot.$Properties|null);

                /** Command ping */
                ping?: (bwc.v1.Ping.$Properties|null);

                /** Command setSettings */
                setSettings?: (bwc.v1.SetSettings.$Properties|null);

                /** Command syncTime */
                syncTime?: (bwc.v1.SyncTime.$Properties|null);

                /** Command locate */
                locate?: (bwc.v1.Locate.$Properties|null);

                /** Command requestStatus */
                requestStatus?: (bwc.v1.RequestStatus.$Properties|null);

                /** Command action */
                action?: ("startRecording"|"stopRecording"|"reboot"|"ping"|"setSettings"|"syncTime"|"locate"|"requestStatus");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Command. */
            type $Shape = {
              commandId?: string|null;
              deviceId?: string|null;
              issuedMs?: number|null;
              expiresMs?: number|null;
              startRecording?: bwc.v1.StartRecording.$Shape|null;
              stopRecording?: bwc.v1.StopRecording.$Shape|null;
              reboot?: bwc.v1.Reboot.$Shape|null;
              ping?: bwc.v1.Ping.$Shape|null;
              setSettings?: bwc.v1.SetSettings.$Shape|null;
              syncTime?: bwc.v1.SyncTime.$Shape|null;
              locate?: bwc.v1.Locate.$Shape|null;
              requestStatus?: bwc.v1.RequestStatus.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ action?: undefined; startRecording?: null; stopRecording?: null; reboot?: null; ping?: null; setSettings?: null; syncTime?: null; locate?: null; requestStatus?: null }|{ action?: "startRecording"; startRecording: bwc.v1.StartRecording.$Shape; stopRecording?: null; reboot?: null; ping?: null; setSettings?: null; syncTime?: null; locate?: null; requestStatus?: null }|{ action?: "stopRecording"; startRecording?: null; stopRecording: bwc.v1.StopRecording.$Shape; reboot?: null; ping?: null; setSettings?: null; syncTime?: null; locate?: null; requestStatus?: null }|{ action?: "reboot"; startRecording?: null; stopRecording?: null; reboot: bwc.v1.Reboot.$Shape; ping?: null; setSettings?: null; syncTime?: null; locate?: null; requestStatus?: null }|{ action?: "ping"; startRecording?: null; stopRecording?: null; reboot?: null; ping: bwc.v1.Ping.$Shape; setSettings?: null; syncTime?: null; locate?: null; requestStatus?: null }|{ action?: "setSettings"; startRecording?: null; stopRecording?: null; reboot?: null; ping?: null; setSettings: bwc.v1.SetSettings.$Shape; syncTime?: null; locate?: null; requestStatus?: null }|{ action?: "syncTime"; startRecording?: null; stopRecording?: null; reboot?: null; ping?: null; setSettings?: null; syncTime: bwc.v1.SyncTime.$Shape; locate?: null; requestStatus?: null }|{ action?: "locate"; startRecording?: null; stopRecording?: null; reboot?: null; ping?: null; setSettings?: null; syncTime?: null; locate: bwc.v1.Locate.$Shape; requestStatus?: null }|{ action?: "requestStatus"; startRecording?: null; stopRecording?: null; reboot?: null; ping?: null; setSettings?: null; syncTime?: null; locate?: null; requestStatus: bwc.v1.RequestStatus.$Shape })
            );
        }

        /**
         * Properties of a StartRecording.
         * @deprecated Use bwc.v1.StartRecording.$Properties instead.
         */
        interface IStartRecording extends bwc.v1.StartRecording.$Properties {
        }

        /** Represents a StartRecording. */
        class StartRecording {

            /**
             * Constructs a new StartRecording.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.StartRecording.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StartRecording reason. */
            reason: string;

            /**
             * Creates a new StartRecording instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartRecording instance
             */
            static create(properties: bwc.v1.StartRecording.$Shape): bwc.v1.StartRecording & bwc.v1.StartRecording.$Shape;
            static create(properties?: bwc.v1.StartRecording.$Properties): bwc.v1.StartRecording;

            /**
             * Encodes the specified StartRecording message. Does not implicitly {@link bwc.v1.StartRecording.verify|verify} messages.
             * @param message StartRecording message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.StartRecording.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StartRecording message, length delimited. Does not implicitly {@link bwc.v1.StartRecording.verify|verify} messages.
             * @param message StartRecording message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.StartRecording.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartRecording message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.StartRecording & bwc.v1.StartRecording.$Shape} StartRecording
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.StartRecording & bwc.v1.StartRecording.$Shape;

            /**
             * Decodes a StartRecording message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.StartRecording & bwc.v1.StartRecording.$Shape} StartRecording
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.StartRecording & bwc.v1.StartRecording.$Shape;

            /**
             * Verifies a StartRecording message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StartRecording message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StartRecording
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.StartRecording;

            /**
             * Creates a plain object from a StartRecording message. Also converts values to other types if specified.
             * @param message StartRecording
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.StartRecording, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartRecording to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StartRecording
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartRecording {

            /** Properties of a StartRecording. */
            interface $Properties {

                /** StartRecording reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartRecording. */
            type $Shape = bwc.v1.StartRecording.$Properties;
        }

        /**
         * Properties of a StopRecording.
         * @deprecated Use bwc.v1.StopRecording.$Properties instead.
         */
        interface IStopRecording extends bwc.v1.StopRecording.$Properties {
        }

        /** Represents a StopRecording. */
        class StopRecording {

            /**
             * Constructs a new StopRecording.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.StopRecording.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StopRecording reason. */
            reason: string;

            /**
             * Creates a new StopRecording instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopRecording instance
             */
            static create(properties: bwc.v1.StopRecording.$Shape): bwc.v1.StopRecording & bwc.v1.StopRecording.$Shape;
            static create(properties?: bwc.v1.StopRecording.$Properties): bwc.v1.StopRecording;

            /**
             * Encodes the specified StopRecording message. Does not implicitly {@link bwc.v1.StopRecording.verify|verify} messages.
             * @param message StopRecording message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.StopRecording.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StopRecording message, length delimited. Does not implicitly {@link bwc.v1.StopRecording.verify|verify} messages.
             * @param message StopRecording message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.StopRecording.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopRecording message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.StopRecording & bwc.v1.StopRecording.$Shape} StopRecording
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.StopRecording & bwc.v1.StopRecording.$Shape;

            /**
             * Decodes a StopRecording message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.StopRecording & bwc.v1.StopRecording.$Shape} StopRecording
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.StopRecording & bwc.v1.StopRecording.$Shape;

            /**
             * Verifies a StopRecording message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StopRecording message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StopRecording
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.StopRecording;

            /**
             * Creates a plain object from a StopRecording message. Also converts values to other types if specified.
             * @param message StopRecording
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.StopRecording, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopRecording to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopRecording
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopRecording {

            /** Properties of a StopRecording. */
            interface $Properties {

                /** StopRecording reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopRecording. */
            type $Shape = bwc.v1.StopRecording.$Properties;
        }

        /**
         * Properties of a Reboot.
         * @deprecated Use bwc.v1.Reboot.$Properties instead.
         */
        interface IReboot extends bwc.v1.Reboot.$Properties {
        }

        /** Represents a Reboot. */
        class Reboot {

            /**
             * Constructs a new Reboot.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Reboot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Reboot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reboot instance
             */
            static create(properties: bwc.v1.Reboot.$Shape): bwc.v1.Reboot & bwc.v1.Reboot.$Shape;
            static create(properties?: bwc.v1.Reboot.$Properties): bwc.v1.Reboot;

            /**
             * Encodes the specified Reboot message. Does not implicitly {@link bwc.v1.Reboot.verify|verify} messages.
             * @param message Reboot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Reboot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Reboot message, length delimited. Does not implicitly {@link bwc.v1.Reboot.verify|verify} messages.
             * @param message Reboot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Reboot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reboot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Reboot & bwc.v1.Reboot.$Shape} Reboot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Reboot & bwc.v1.Reboot.$Shape;

            /**
             * Decodes a Reboot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Reboot & bwc.v1.Reboot.$Shape} Reboot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Reboot & bwc.v1.Reboot.$Shape;

            /**
             * Verifies a Reboot message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Reboot message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Reboot
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Reboot;

            /**
             * Creates a plain object from a Reboot message. Also converts values to other types if specified.
             * @param message Reboot
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Reboot, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reboot to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Reboot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reboot {

            /** Properties of a Reboot. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reboot. */
            type $Shape = bwc.v1.Reboot.$Properties;
        }

        /**
         * Properties of a Ping.
         * @deprecated Use bwc.v1.Ping.$Properties instead.
         */
        interface IPing extends bwc.v1.Ping.$Properties {
        }

        /** Represents a Ping. */
        class Ping {

            /**
             * Constructs a new Ping.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Ping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Ping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ping instance
             */
            static create(properties: bwc.v1.Ping.$Shape): bwc.v1.Ping & bwc.v1.Ping.$Shape;
            static create(properties?: bwc.v1.Ping.$Properties): bwc.v1.Ping;

            /**
             * Encodes the specified Ping message. Does not implicitly {@link bwc.v1.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ping message, length delimited. Does not implicitly {@link bwc.v1.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Ping & bwc.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Ping & bwc.v1.Ping.$Shape;

            /**
             * Decodes a Ping message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Ping & bwc.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Ping & bwc.v1.Ping.$Shape;

            /**
             * Verifies a Ping message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ping
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Ping;

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @param message Ping
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ping to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ping
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ping {

            /** Properties of a Ping. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Ping. */
            type $Shape = bwc.v1.Ping.$Properties;
        }

        /**
         * Properties of a SetSettings.
         * @deprecated Use bwc.v1.SetSettings.$Properties instead.
         */
        interface ISetSettings extends bwc.v1.SetSettings.$Properties {
        }

        /** Represents a SetSettings. */
        class SetSettings {

            /**
             * Constructs a new SetSettings.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.SetSettings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetSettings settings. */
            settings?: (bwc.v1.DeviceSettings.$Properties|null);

            /**
             * Creates a new SetSettings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetSettings instance
             */
            static create(properties: bwc.v1.SetSettings.$Shape): bwc.v1.SetSettings & bwc.v1.SetSettings.$Shape;
            static create(properties?: bwc.v1.SetSettings.$Properties): bwc.v1.SetSettings;

            /**
             * Encodes the specified SetSettings message. Does not implicitly {@link bwc.v1.SetSettings.verify|verify} messages.
             * @param message SetSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.SetSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetSettings message, length delimited. Does not implicitly {@link bwc.v1.SetSettings.verify|verify} messages.
             * @param message SetSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.SetSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetSettings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.SetSettings & bwc.v1.SetSettings.$Shape} SetSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.SetSettings & bwc.v1.SetSettings.$Shape;

            /**
             * Decodes a SetSettings message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.SetSettings & bwc.v1.SetSettings.$Shape} SetSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.SetSettings & bwc.v1.SetSettings.$Shape;

            /**
             * Verifies a SetSettings message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetSettings message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetSettings
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.SetSettings;

            /**
             * Creates a plain object from a SetSettings message. Also converts values to other types if specified.
             * @param message SetSettings
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.SetSettings, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetSettings to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetSettings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetSettings {

            /** Properties of a SetSettings. */
            interface $Properties {

                /** SetSettings settings */
                settings?: (bwc.v1.DeviceSettings.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetSettings. */
            type $Shape = bwc.v1.SetSettings.$Properties;
        }

        /**
         * Properties of a SyncTime.
         * @deprecated Use bwc.v1.SyncTime.$Properties instead.
         */
        interface ISyncTime extends bwc.v1.SyncTime.$Properties {
        }

        /** Represents a SyncTime. */
        class SyncTime {

            /**
             * Constructs a new SyncTime.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.SyncTime.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncTime serverTimeMs. */
            serverTimeMs: number;

            /**
             * Creates a new SyncTime instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SyncTime instance
             */
            static create(properties: bwc.v1.SyncTime.$Shape): bwc.v1.SyncTime & bwc.v1.SyncTime.$Shape;
            static create(properties?: bwc.v1.SyncTime.$Properties): bwc.v1.SyncTime;

            /**
             * Encodes the specified SyncTime message. Does not implicitly {@link bwc.v1.SyncTime.verify|verify} messages.
             * @param message SyncTime message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.SyncTime.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SyncTime message, length delimited. Does not implicitly {@link bwc.v1.SyncTime.verify|verify} messages.
             * @param message SyncTime message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.SyncTime.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncTime message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.SyncTime & bwc.v1.SyncTime.$Shape} SyncTime
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.SyncTime & bwc.v1.SyncTime.$Shape;

            /**
             * Decodes a SyncTime message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.SyncTime & bwc.v1.SyncTime.$Shape} SyncTime
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.SyncTime & bwc.v1.SyncTime.$Shape;

            /**
             * Verifies a SyncTime message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SyncTime message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SyncTime
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.SyncTime;

            /**
             * Creates a plain object from a SyncTime message. Also converts values to other types if specified.
             * @param message SyncTime
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.SyncTime, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncTime to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SyncTime
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncTime {

            /** Properties of a SyncTime. */
            interface $Properties {

                /** SyncTime serverTimeMs */
                serverTimeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncTime. */
            type $Shape = bwc.v1.SyncTime.$Properties;
        }

        /**
         * Properties of a Locate.
         * @deprecated Use bwc.v1.Locate.$Properties instead.
         */
        interface ILocate extends bwc.v1.Locate.$Properties {
        }

        /** Represents a Locate. */
        class Locate {

            /**
             * Constructs a new Locate.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Locate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Locate durationS. */
            durationS: number;

            /**
             * Creates a new Locate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Locate instance
             */
            static create(properties: bwc.v1.Locate.$Shape): bwc.v1.Locate & bwc.v1.Locate.$Shape;
            static create(properties?: bwc.v1.Locate.$Properties): bwc.v1.Locate;

            /**
             * Encodes the specified Locate message. Does not implicitly {@link bwc.v1.Locate.verify|verify} messages.
             * @param message Locate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Locate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Locate message, length delimited. Does not implicitly {@link bwc.v1.Locate.verify|verify} messages.
             * @param message Locate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Locate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Locate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Locate & bwc.v1.Locate.$Shape} Locate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Locate & bwc.v1.Locate.$Shape;

            /**
             * Decodes a Locate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Locate & bwc.v1.Locate.$Shape} Locate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Locate & bwc.v1.Locate.$Shape;

            /**
             * Verifies a Locate message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Locate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Locate
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Locate;

            /**
             * Creates a plain object from a Locate message. Also converts values to other types if specified.
             * @param message Locate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Locate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Locate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Locate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Locate {

            /** Properties of a Locate. */
            interface $Properties {

                /** Locate durationS */
                durationS?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Locate. */
            type $Shape = bwc.v1.Locate.$Properties;
        }

        /**
         * Properties of a RequestStatus.
         * @deprecated Use bwc.v1.RequestStatus.$Properties instead.
         */
        interface IRequestStatus extends bwc.v1.RequestStatus.$Properties {
        }

        /** Represents a RequestStatus. */
        class RequestStatus {

            /**
             * Constructs a new RequestStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.RequestStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new RequestStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequestStatus instance
             */
            static create(properties: bwc.v1.RequestStatus.$Shape): bwc.v1.RequestStatus & bwc.v1.RequestStatus.$Shape;
            static create(properties?: bwc.v1.RequestStatus.$Properties): bwc.v1.RequestStatus;

            /**
             * Encodes the specified RequestStatus message. Does not implicitly {@link bwc.v1.RequestStatus.verify|verify} messages.
             * @param message RequestStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.RequestStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RequestStatus message, length delimited. Does not implicitly {@link bwc.v1.RequestStatus.verify|verify} messages.
             * @param message RequestStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.RequestStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequestStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.RequestStatus & bwc.v1.RequestStatus.$Shape} RequestStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.RequestStatus & bwc.v1.RequestStatus.$Shape;

            /**
             * Decodes a RequestStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.RequestStatus & bwc.v1.RequestStatus.$Shape} RequestStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.RequestStatus & bwc.v1.RequestStatus.$Shape;

            /**
             * Verifies a RequestStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RequestStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RequestStatus
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.RequestStatus;

            /**
             * Creates a plain object from a RequestStatus message. Also converts values to other types if specified.
             * @param message RequestStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.RequestStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequestStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RequestStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestStatus {

            /** Properties of a RequestStatus. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequestStatus. */
            type $Shape = bwc.v1.RequestStatus.$Properties;
        }

        /** CommandStatus enum. */
        enum CommandStatus {

            /** COMMAND_STATUS_UNSPECIFIED value */
            COMMAND_STATUS_UNSPECIFIED = 0,

            /** COMMAND_STATUS_ACCEPTED value */
            COMMAND_STATUS_ACCEPTED = 1,

            /** COMMAND_STATUS_SUCCEEDED value */
            COMMAND_STATUS_SUCCEEDED = 2,

            /** COMMAND_STATUS_FAILED value */
            COMMAND_STATUS_FAILED = 3,

            /** COMMAND_STATUS_REJECTED value */
            COMMAND_STATUS_REJECTED = 4
        }

        /**
         * Properties of a CommandResult.
         * @deprecated Use bwc.v1.CommandResult.$Properties instead.
         */
        interface ICommandResult extends bwc.v1.CommandResult.$Properties {
        }

        /** Represents a CommandResult. */
        class CommandResult {

            /**
             * Constructs a new CommandResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.CommandResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandResult commandId. */
            commandId: string;

            /** CommandResult deviceId. */
            deviceId: string;

            /** CommandResult status. */
            status: bwc.v1.CommandStatus;

            /** CommandResult reason. */
            reason: string;

            /** CommandResult timeMs. */
            timeMs: number;

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandResult instance
             */
            static create(properties: bwc.v1.CommandResult.$Shape): bwc.v1.CommandResult & bwc.v1.CommandResult.$Shape;
            static create(properties?: bwc.v1.CommandResult.$Properties): bwc.v1.CommandResult;

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link bwc.v1.CommandResult.verify|verify} messages.
             * @param message CommandResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CommandResult message, length delimited. Does not implicitly {@link bwc.v1.CommandResult.verify|verify} messages.
             * @param message CommandResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.CommandResult & bwc.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.CommandResult & bwc.v1.CommandResult.$Shape;

            /**
             * Decodes a CommandResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.CommandResult & bwc.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.CommandResult & bwc.v1.CommandResult.$Shape;

            /**
             * Verifies a CommandResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CommandResult
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.CommandResult;

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @param message CommandResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.CommandResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommandResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandResult {

            /** Properties of a CommandResult. */
            interface $Properties {

                /** CommandResult commandId */
                commandId?: (string|null);

                /** CommandResult deviceId */
                deviceId?: (string|null);

                /** CommandResult status */
                status?: (bwc.v1.CommandStatus|null);

                /** CommandResult reason */
                reason?: (string|null);

                /** CommandResult timeMs */
                timeMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandResult. */
            type $Shape = bwc.v1.CommandResult.$Properties;
        }

        /**
         * Properties of a DeviceSettings.
         * @deprecated Use bwc.v1.DeviceSettings.$Properties instead.
         */
        interface IDeviceSettings extends bwc.v1.DeviceSettings.$Properties {
        }

        /** Represents a DeviceSettings. */
        class DeviceSettings {

            /**
             * Constructs a new DeviceSettings.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.DeviceSettings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceSettings heartbeatIntervalS. */
            heartbeatIntervalS: number;

            /** DeviceSettings preEventBufferS. */
            preEventBufferS: number;

            /** DeviceSettings sleepAfterIdleS. */
            sleepAfterIdleS: number;

            /**
             * Creates a new DeviceSettings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceSettings instance
             */
            static create(properties: bwc.v1.DeviceSettings.$Shape): bwc.v1.DeviceSettings & bwc.v1.DeviceSettings.$Shape;
            static create(properties?: bwc.v1.DeviceSettings.$Properties): bwc.v1.DeviceSettings;

            /**
             * Encodes the specified DeviceSettings message. Does not implicitly {@link bwc.v1.DeviceSettings.verify|verify} messages.
             * @param message DeviceSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.DeviceSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceSettings message, length delimited. Does not implicitly {@link bwc.v1.DeviceSettings.verify|verify} messages.
             * @param message DeviceSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.DeviceSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceSettings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.DeviceSettings & bwc.v1.DeviceSettings.$Shape} DeviceSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.DeviceSettings & bwc.v1.DeviceSettings.$Shape;

            /**
             * Decodes a DeviceSettings message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.DeviceSettings & bwc.v1.DeviceSettings.$Shape} DeviceSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.DeviceSettings & bwc.v1.DeviceSettings.$Shape;

            /**
             * Verifies a DeviceSettings message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceSettings message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceSettings
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.DeviceSettings;

            /**
             * Creates a plain object from a DeviceSettings message. Also converts values to other types if specified.
             * @param message DeviceSettings
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.DeviceSettings, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceSettings to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceSettings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceSettings {

            /** Properties of a DeviceSettings. */
            interface $Properties {

                /** DeviceSettings heartbeatIntervalS */
                heartbeatIntervalS?: (number|null);

                /** DeviceSettings preEventBufferS */
                preEventBufferS?: (number|null);

                /** DeviceSettings sleepAfterIdleS */
                sleepAfterIdleS?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceSettings. */
            type $Shape = bwc.v1.DeviceSettings.$Properties;
        }

        /** HelloStatus enum. */
        enum HelloStatus {

            /** HELLO_STATUS_UNSPECIFIED value */
            HELLO_STATUS_UNSPECIFIED = 0,

            /** HELLO_STATUS_ACCEPTED value */
            HELLO_STATUS_ACCEPTED = 1,

            /** HELLO_STATUS_REJECTED value */
            HELLO_STATUS_REJECTED = 2
        }

        /**
         * Properties of a HelloReply.
         * @deprecated Use bwc.v1.HelloReply.$Properties instead.
         */
        interface IHelloReply extends bwc.v1.HelloReply.$Properties {
        }

        /** Represents a HelloReply. */
        class HelloReply {

            /**
             * Constructs a new HelloReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.HelloReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HelloReply deviceId. */
            deviceId: string;

            /** HelloReply bootId. */
            bootId: number;

            /** HelloReply status. */
            status: bwc.v1.HelloStatus;

            /** HelloReply reason. */
            reason: string;

            /** HelloReply serverTimeMs. */
            serverTimeMs: number;

            /** HelloReply offlineTimeoutS. */
            offlineTimeoutS: number;

            /** HelloReply settings. */
            settings?: (bwc.v1.DeviceSettings.$Properties|null);

            /** HelloReply maxBatchItems. */
            maxBatchItems: number;

            /** HelloReply maxMessageBytes. */
            maxMessageBytes: number;

            /**
             * Creates a new HelloReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HelloReply instance
             */
            static create(properties: bwc.v1.HelloReply.$Shape): bwc.v1.HelloReply & bwc.v1.HelloReply.$Shape;
            static create(properties?: bwc.v1.HelloReply.$Properties): bwc.v1.HelloReply;

            /**
             * Encodes the specified HelloReply message. Does not implicitly {@link bwc.v1.HelloReply.verify|verify} messages.
             * @param message HelloReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.HelloReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HelloReply message, length delimited. Does not implicitly {@link bwc.v1.HelloReply.verify|verify} messages.
             * @param message HelloReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.HelloReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HelloReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.HelloReply & bwc.v1.HelloReply.$Shape} HelloReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.HelloReply & bwc.v1.HelloReply.$Shape;

            /**
             * Decodes a HelloReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.HelloReply & bwc.v1.HelloReply.$Shape} HelloReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.HelloReply & bwc.v1.HelloReply.$Shape;

            /**
             * Verifies a HelloReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HelloReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HelloReply
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.HelloReply;

            /**
             * Creates a plain object from a HelloReply message. Also converts values to other types if specified.
             * @param message HelloReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.HelloReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HelloReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HelloReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HelloReply {

            /** Properties of a HelloReply. */
            interface $Properties {

                /** HelloReply deviceId */
                deviceId?: (string|null);

                /** HelloReply bootId */
                bootId?: (number|null);

                /** HelloReply status */
                status?: (bwc.v1.HelloStatus|null);

                /** HelloReply reason */
                reason?: (string|null);

                /** HelloReply serverTimeMs */
                serverTimeMs?: (number|null);

                /** HelloReply offlineTimeoutS */
                offlineTimeoutS?: (number|null);

                /** HelloReply settings */
                settings?: (bwc.v1.DeviceSettings.$Properties|null);

                /** HelloReply maxBatchItems */
                maxBatchItems?: (number|null);

                /** HelloReply maxMessageBytes */
                maxMessageBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HelloReply. */
            type $Shape = bwc.v1.HelloReply.$Properties;
        }

        /** NackReason enum. */
        enum NackReason {

            /** NACK_REASON_UNSPECIFIED value */
            NACK_REASON_UNSPECIFIED = 0,

            /** NACK_REASON_INVALID value */
            NACK_REASON_INVALID = 1,

            /** NACK_REASON_UNKNOWN_DEVICE value */
            NACK_REASON_UNKNOWN_DEVICE = 2,

            /** NACK_REASON_TOO_LARGE value */
            NACK_REASON_TOO_LARGE = 3,

            /** NACK_REASON_RETRY_LATER value */
            NACK_REASON_RETRY_LATER = 4,

            /** NACK_REASON_NOT_AUTHENTICATED value */
            NACK_REASON_NOT_AUTHENTICATED = 5
        }

        /**
         * Properties of a Nack.
         * @deprecated Use bwc.v1.Nack.$Properties instead.
         */
        interface INack extends bwc.v1.Nack.$Properties {
        }

        /** Represents a Nack. */
        class Nack {

            /**
             * Constructs a new Nack.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Nack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Nack deviceId. */
            deviceId: string;

            /** Nack bootId. */
            bootId: number;

            /** Nack seqs. */
            seqs: number[];

            /** Nack reason. */
            reason: bwc.v1.NackReason;

            /** Nack resend. */
            resend: boolean;

            /** Nack detail. */
            detail: string;

            /** Nack frameCrc. */
            frameCrc: number;

            /**
             * Creates a new Nack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Nack instance
             */
            static create(properties: bwc.v1.Nack.$Shape): bwc.v1.Nack & bwc.v1.Nack.$Shape;
            static create(properties?: bwc.v1.Nack.$Properties): bwc.v1.Nack;

            /**
             * Encodes the specified Nack message. Does not implicitly {@link bwc.v1.Nack.verify|verify} messages.
             * @param message Nack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Nack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Nack message, length delimited. Does not implicitly {@link bwc.v1.Nack.verify|verify} messages.
             * @param message Nack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Nack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Nack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Nack & bwc.v1.Nack.$Shape} Nack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Nack & bwc.v1.Nack.$Shape;

            /**
             * Decodes a Nack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Nack & bwc.v1.Nack.$Shape} Nack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Nack & bwc.v1.Nack.$Shape;

            /**
             * Verifies a Nack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Nack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Nack
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Nack;

            /**
             * Creates a plain object from a Nack message. Also converts values to other types if specified.
             * @param message Nack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Nack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Nack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Nack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Nack {

            /** Properties of a Nack. */
            interface $Properties {

                /** Nack deviceId */
                deviceId?: (string|null);

                /** Nack bootId */
                bootId?: (number|null);

                /** Nack seqs */
                seqs?: (number[]|null);

                /** Nack reason */
                reason?: (bwc.v1.NackReason|null);

                /** Nack resend */
                resend?: (boolean|null);

                /** Nack detail */
                detail?: (string|null);

                /** Nack frameCrc */
                frameCrc?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Nack. */
            type $Shape = bwc.v1.Nack.$Properties;
        }

        /**
         * Properties of a DockAuth.
         * @deprecated Use bwc.v1.DockAuth.$Properties instead.
         */
        interface IDockAuth extends bwc.v1.DockAuth.$Properties {
        }

        /** Represents a DockAuth. */
        class DockAuth {

            /**
             * Constructs a new DockAuth.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.DockAuth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DockAuth dockId. */
            dockId: string;

            /** DockAuth secret. */
            secret: string;

            /**
             * Creates a new DockAuth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DockAuth instance
             */
            static create(properties: bwc.v1.DockAuth.$Shape): bwc.v1.DockAuth & bwc.v1.DockAuth.$Shape;
            static create(properties?: bwc.v1.DockAuth.$Properties): bwc.v1.DockAuth;

            /**
             * Encodes the specified DockAuth message. Does not implicitly {@link bwc.v1.DockAuth.verify|verify} messages.
             * @param message DockAuth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.DockAuth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DockAuth message, length delimited. Does not implicitly {@link bwc.v1.DockAuth.verify|verify} messages.
             * @param message DockAuth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.DockAuth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DockAuth message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.DockAuth & bwc.v1.DockAuth.$Shape} DockAuth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.DockAuth & bwc.v1.DockAuth.$Shape;

            /**
             * Decodes a DockAuth message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.DockAuth & bwc.v1.DockAuth.$Shape} DockAuth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.DockAuth & bwc.v1.DockAuth.$Shape;

            /**
             * Verifies a DockAuth message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DockAuth message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DockAuth
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.DockAuth;

            /**
             * Creates a plain object from a DockAuth message. Also converts values to other types if specified.
             * @param message DockAuth
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.DockAuth, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DockAuth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DockAuth
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DockAuth {

            /** Properties of a DockAuth. */
            interface $Properties {

                /** DockAuth dockId */
                dockId?: (string|null);

                /** DockAuth secret */
                secret?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DockAuth. */
            type $Shape = bwc.v1.DockAuth.$Properties;
        }

        /**
         * Properties of a DockAuthReply.
         * @deprecated Use bwc.v1.DockAuthReply.$Properties instead.
         */
        interface IDockAuthReply extends bwc.v1.DockAuthReply.$Properties {
        }

        /** Represents a DockAuthReply. */
        class DockAuthReply {

            /**
             * Constructs a new DockAuthReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.DockAuthReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DockAuthReply dockId. */
            dockId: string;

            /** DockAuthReply accepted. */
            accepted: boolean;

            /** DockAuthReply reason. */
            reason: string;

            /**
             * Creates a new DockAuthReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DockAuthReply instance
             */
            static create(properties: bwc.v1.DockAuthReply.$Shape): bwc.v1.DockAuthReply & bwc.v1.DockAuthReply.$Shape;
            static create(properties?: bwc.v1.DockAuthReply.$Properties): bwc.v1.DockAuthReply;

            /**
             * Encodes the specified DockAuthReply message. Does not implicitly {@link bwc.v1.DockAuthReply.verify|verify} messages.
             * @param message DockAuthReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.DockAuthReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DockAuthReply message, length delimited. Does not implicitly {@link bwc.v1.DockAuthReply.verify|verify} messages.
             * @param message DockAuthReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.DockAuthReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DockAuthReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.DockAuthReply & bwc.v1.DockAuthReply.$Shape} DockAuthReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.DockAuthReply & bwc.v1.DockAuthReply.$Shape;

            /**
             * Decodes a DockAuthReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.DockAuthReply & bwc.v1.DockAuthReply.$Shape} DockAuthReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.DockAuthReply & bwc.v1.DockAuthReply.$Shape;

            /**
             * Verifies a DockAuthReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DockAuthReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DockAuthReply
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.DockAuthReply;

            /**
             * Creates a plain object from a DockAuthReply message. Also converts values to other types if specified.
             * @param message DockAuthReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.DockAuthReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DockAuthReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DockAuthReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DockAuthReply {

            /** Properties of a DockAuthReply. */
            interface $Properties {

                /** DockAuthReply dockId */
                dockId?: (string|null);

                /** DockAuthReply accepted */
                accepted?: (boolean|null);

                /** DockAuthReply reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DockAuthReply. */
            type $Shape = bwc.v1.DockAuthReply.$Properties;
        }

        /**
         * Properties of a DeviceState.
         * @deprecated Use bwc.v1.DeviceState.$Properties instead.
         */
        interface IDeviceState extends bwc.v1.DeviceState.$Properties {
        }

        /** Represents a DeviceState. */
        class DeviceState {

            /**
             * Constructs a new DeviceState.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.DeviceState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceState deviceId. */
            deviceId: string;

            /** DeviceState mode. */
            mode: bwc.v1.DeviceMode;

            /** DeviceState recording. */
            recording: boolean;

            /** DeviceState batteryPercent. */
            batteryPercent: number;

            /** DeviceState charging. */
            charging: boolean;

            /** DeviceState storageTotalBytes. */
            storageTotalBytes: number;

            /** DeviceState storageUsedBytes. */
            storageUsedBytes: number;

            /** DeviceState lat. */
            lat: number;

            /** DeviceState lon. */
            lon: number;

            /** DeviceState gpsFix. */
            gpsFix: bwc.v1.GpsFix;

            /** DeviceState gpsAccuracyM. */
            gpsAccuracyM: number;

            /** DeviceState lastSeenMs. */
            lastSeenMs: number;

            /** DeviceState online. */
            online: boolean;

            /** DeviceState firmwareVersion. */
            firmwareVersion: string;

            /** DeviceState model. */
            model: string;

            /** DeviceState vendor. */
            vendor: string;

            /** DeviceState officerId. */
            officerId: string;

            /** DeviceState bootId. */
            bootId: number;

            /** DeviceState lastSeq. */
            lastSeq: number;

            /** DeviceState openAlerts. */
            openAlerts: number;

            /** DeviceState clockOffsetMs. */
            clockOffsetMs: number;

            /** DeviceState updatedMs. */
            updatedMs: number;

            /**
             * Creates a new DeviceState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceState instance
             */
            static create(properties: bwc.v1.DeviceState.$Shape): bwc.v1.DeviceState & bwc.v1.DeviceState.$Shape;
            static create(properties?: bwc.v1.DeviceState.$Properties): bwc.v1.DeviceState;

            /**
             * Encodes the specified DeviceState message. Does not implicitly {@link bwc.v1.DeviceState.verify|verify} messages.
             * @param message DeviceState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.DeviceState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceState message, length delimited. Does not implicitly {@link bwc.v1.DeviceState.verify|verify} messages.
             * @param message DeviceState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.DeviceState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.DeviceState & bwc.v1.DeviceState.$Shape} DeviceState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.DeviceState & bwc.v1.DeviceState.$Shape;

            /**
             * Decodes a DeviceState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.DeviceState & bwc.v1.DeviceState.$Shape} DeviceState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.DeviceState & bwc.v1.DeviceState.$Shape;

            /**
             * Verifies a DeviceState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceState
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.DeviceState;

            /**
             * Creates a plain object from a DeviceState message. Also converts values to other types if specified.
             * @param message DeviceState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.DeviceState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceState {

            /** Properties of a DeviceState. */
            interface $Properties {

                /** DeviceState deviceId */
                deviceId?: (string|null);

                /** DeviceState mode */
                mode?: (bwc.v1.DeviceMode|null);

                /** DeviceState recording */
                recording?: (boolean|null);

                /** DeviceState batteryPercent */
                batteryPercent?: (number|null);

                /** DeviceState charging */
                charging?: (boolean|null);

                /** DeviceState storageTotalBytes */
                storageTotalBytes?: (number|null);

                /** DeviceState storageUsedBytes */
                storageUsedBytes?: (number|null);

                /** DeviceState lat */
                lat?: (number|null);

                /** DeviceState lon */
                lon?: (number|null);

                /** DeviceState gpsFix */
                gpsFix?: (bwc.v1.GpsFix|null);

                /** DeviceState gpsAccuracyM */
                gpsAccuracyM?: (number|null);

                /** DeviceState lastSeenMs */
                lastSeenMs?: (number|null);

                /** DeviceState online */
                online?: (boolean|null);

                /** DeviceState firmwareVersion */
                firmwareVersion?: (string|null);

                /** DeviceState model */
                model?: (string|null);

                /** DeviceState vendor */
                vendor?: (string|null);

                /** DeviceState officerId */
                officerId?: (string|null);

                /** DeviceState bootId */
                bootId?: (number|null);

                /** DeviceState lastSeq */
                lastSeq?: (number|null);

                /** DeviceState openAlerts */
                openAlerts?: (number|null);

                /** DeviceState clockOffsetMs */
                clockOffsetMs?: (number|null);

                /** DeviceState updatedMs */
                updatedMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceState. */
            type $Shape = bwc.v1.DeviceState.$Properties;
        }

        /**
         * Properties of a Telemetry.
         * @deprecated Use bwc.v1.Telemetry.$Properties instead.
         */
        interface ITelemetry extends bwc.v1.Telemetry.$Properties {
        }

        /** Represents a Telemetry. */
        class Telemetry {

            /**
             * Constructs a new Telemetry.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Telemetry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Telemetry deviceId. */
            deviceId: string;

            /** Telemetry bootId. */
            bootId: number;

            /** Telemetry seq. */
            seq: number;

            /** Telemetry timeMs. */
            timeMs: number;

            /** Telemetry hello. */
            hello?: (bwc.v1.Hello.$Properties|null);

            /** Telemetry heartbeat. */
            heartbeat?: (bwc.v1.Heartbeat.$Properties|null);

            /** Telemetry recording. */
            recording?: (bwc.v1.RecordingEvent.$Properties|null);

            /** Telemetry mode. */
            mode?: (bwc.v1.ModeChange.$Properties|null);

            /** Telemetry battery. */
            battery?: (bwc.v1.Battery.$Properties|null);

            /** Telemetry storage. */
            storage?: (bwc.v1.Storage.$Properties|null);

            /** Telemetry gps. */
            gps?: (bwc.v1.Gps.$Properties|null);

            /** Telemetry trigger. */
            trigger?: (bwc.v1.Trigger.$Properties|null);

            /** Telemetry fault. */
            fault?: (bwc.v1.Fault.$Properties|null);

            /** Telemetry body. */
            body?: ("hello"|"heartbeat"|"recording"|"mode"|"battery"|"storage"|"gps"|"trigger"|"fault");

            /**
             * Creates a new Telemetry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Telemetry instance
             */
            static create(properties: bwc.v1.Telemetry.$Shape): bwc.v1.Telemetry & bwc.v1.Telemetry.$Shape;
            static create(properties?: bwc.v1.Telemetry.$Properties): bwc.v1.Telemetry;

            /**
             * Encodes the specified Telemetry message. Does not implicitly {@link bwc.v1.Telemetry.verify|verify} messages.
             * @param message Telemetry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Telemetry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Telemetry message, length delimited. Does not implicitly {@link bwc.v1.Telemetry.verify|verify} messages.
             * @param message Telemetry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Telemetry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Telemetry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Telemetry & bwc.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Telemetry & bwc.v1.Telemetry.$Shape;

            /**
             * Decodes a Telemetry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Telemetry & bwc.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Telemetry & bwc.v1.Telemetry.$Shape;

            /**
             * Verifies a Telemetry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Telemetry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Telemetry
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Telemetry;

            /**
             * Creates a plain object from a Telemetry message. Also converts values to other types if specified.
             * @param message Telemetry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Telemetry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Telemetry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Telemetry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Telemetry {

            /** Properties of a Telemetry. */
            interface $Properties {

                /** Telemetry deviceId */
                deviceId?: (string|null);

                /** Telemetry bootId */
                bootId?: (number|null);

                /** Telemetry seq */
                seq?: (number|null);

                /** Telemetry timeMs */
                timeMs?: (number|null);

                /** Telemetry hello */
                hello?: (bwc.v1.Hello.$Properties|null);

                /** Telemetry heartbeat */
                heartbeat?: (bwc.v1.Heartbeat.$Properties|null);

                /** Telemetry recording */
                recording?: (bwc.v1.RecordingEvent.$Properties|null);

                /** Telemetry mode */
                mode?: (bwc.v1.ModeChange.$Properties|null);

                /** Telemetry battery */
                battery?: (bwc.v1.Battery.$Properties|null);

                /** Telemetry storage */
                storage?: (bwc.v1.Storage.$Properties|null);

                /** Telemetry gps */
                gps?: (bwc.v1.Gps.$Properties|null);

                /** Telemetry trigger */
                trigger?: (bwc.v1.Trigger.$Properties|null);

                /** Telemetry fault */
                fault?: (bwc.v1.Fault.$Properties|null);

                /** Telemetry body */
                body?: ("hello"|"heartbeat"|"recording"|"mode"|"battery"|"storage"|"gps"|"trigger"|"fault");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Telemetry. */
            type $Shape = {
              deviceId?: string|null;
              bootId?: number|null;
              seq?: number|null;
              timeMs?: number|null;
              hello?: bwc.v1.Hello.$Shape|null;
              heartbeat?: bwc.v1.Heartbeat.$Shape|null;
              recording?: bwc.v1.RecordingEvent.$Shape|null;
              mode?: bwc.v1.ModeChange.$Shape|null;
              battery?: bwc.v1.Battery.$Shape|null;
              storage?: bwc.v1.Storage.$Shape|null;
              gps?: bwc.v1.Gps.$Shape|null;
              trigger?: bwc.v1.Trigger.$Shape|null;
              fault?: bwc.v1.Fault.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; heartbeat?: null; recording?: null; mode?: null; battery?: null; storage?: null; gps?: null; trigger?: null; fault?: null }|{ body?: "hello"; hello: bwc.v1.Hello.$Shape; heartbeat?: null; recording?: null; mode?: null; battery?: null; storage?: null; gps?: null; trigger?: null; fault?: null }|{ body?: "heartbeat"; hello?: null; heartbeat: bwc.v1.Heartbeat.$Shape; recording?: null; mode?: null; battery?: null; storage?: null; gps?: null; trigger?: null; fault?: null }|{ body?: "recording"; hello?: null; heartbeat?: null; recording: bwc.v1.RecordingEvent.$Shape; mode?: null; battery?: null; storage?: null; gps?: null; trigger?: null; fault?: null }|{ body?: "mode"; hello?: null; heartbeat?: null; recording?: null; mode: bwc.v1.ModeChange.$Shape; battery?: null; storage?: null; gps?: null; trigger?: null; fault?: null }|{ body?: "battery"; hello?: null; heartbeat?: null; recording?: null; mode?: null; battery: bwc.v1.Battery.$Shape; storage?: null; gps?: null; trigger?: null; fault?: null }|{ body?: "storage"; hello?: null; heartbeat?: null; recording?: null; mode?: null; battery?: null; storage: bwc.v1.Storage.$Shape; gps?: null; trigger?: null; fault?: null }|{ body?: "gps"; hello?: null; heartbeat?: null; recording?: null; mode?: null; battery?: null; storage?: null; gps: bwc.v1.Gps.$Shape; trigger?: null; fault?: null }|{ body?: "trigger"; hello?: null; heartbeat?: null; recording?: null; mode?: null; battery?: null; storage?: null; gps?: null; trigger: bwc.v1.Trigger.$Shape; fault?: null }|{ body?: "fault"; hello?: null; heartbeat?: null; recording?: null; mode?: null; battery?: null; storage?: null; gps?: null; trigger?: null; fault: bwc.v1.Fault.$Shape })
            );
        }

        /**
         * Properties of a Hello.
         * @deprecated Use bwc.v1.Hello.$Properties instead.
         */
        interface IHello extends bwc.v1.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello firmwareVersion. */
            firmwareVersion: string;

            /** Hello model. */
            model: string;

            /** Hello vendor. */
            vendor: string;

            /** Hello officerId. */
            officerId: string;

            /** Hello preEventBufferS. */
            preEventBufferS: number;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: bwc.v1.Hello.$Shape): bwc.v1.Hello & bwc.v1.Hello.$Shape;
            static create(properties?: bwc.v1.Hello.$Properties): bwc.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link bwc.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link bwc.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Hello & bwc.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Hello & bwc.v1.Hello.$Shape;

            /**
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Hello & bwc.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Hello & bwc.v1.Hello.$Shape;

            /**
             * Verifies a Hello message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hello
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param message Hello
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Hello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello firmwareVersion */
                firmwareVersion?: (string|null);

                /** Hello model */
                model?: (string|null);

                /** Hello vendor */
                vendor?: (string|null);

                /** Hello officerId */
                officerId?: (string|null);

                /** Hello preEventBufferS */
                preEventBufferS?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = bwc.v1.Hello.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use bwc.v1.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends bwc.v1.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Heartbeat mode. */
            mode: bwc.v1.DeviceMode;

            /** Heartbeat recording. */
            recording: boolean;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: bwc.v1.Heartbeat.$Shape): bwc.v1.Heartbeat & bwc.v1.Heartbeat.$Shape;
            static create(properties?: bwc.v1.Heartbeat.$Properties): bwc.v1.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link bwc.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link bwc.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Heartbeat & bwc.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Heartbeat & bwc.v1.Heartbeat.$Shape;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Heartbeat & bwc.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Heartbeat & bwc.v1.Heartbeat.$Shape;

            /**
             * Verifies a Heartbeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Heartbeat
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Heartbeat mode */
                mode?: (bwc.v1.DeviceMode|null);

                /** Heartbeat recording */
                recording?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = bwc.v1.Heartbeat.$Properties;
        }

        /**
         * Properties of a RecordingEvent.
         * @deprecated Use bwc.v1.RecordingEvent.$Properties instead.
         */
        interface IRecordingEvent extends bwc.v1.RecordingEvent.$Properties {
        }

        /** Represents a RecordingEvent. */
        class RecordingEvent {

            /**
             * Constructs a new RecordingEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.RecordingEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecordingEvent action. */
            action: bwc.v1.RecordingAction;

            /** RecordingEvent source. */
            source: bwc.v1.ActivationSource;

            /** RecordingEvent recordingId. */
            recordingId: string;

            /**
             * Creates a new RecordingEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecordingEvent instance
             */
            static create(properties: bwc.v1.RecordingEvent.$Shape): bwc.v1.RecordingEvent & bwc.v1.RecordingEvent.$Shape;
            static create(properties?: bwc.v1.RecordingEvent.$Properties): bwc.v1.RecordingEvent;

            /**
             * Encodes the specified RecordingEvent message. Does not implicitly {@link bwc.v1.RecordingEvent.verify|verify} messages.
             * @param message RecordingEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.RecordingEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RecordingEvent message, length delimited. Does not implicitly {@link bwc.v1.RecordingEvent.verify|verify} messages.
             * @param message RecordingEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.RecordingEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecordingEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.RecordingEvent & bwc.v1.RecordingEvent.$Shape} RecordingEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.RecordingEvent & bwc.v1.RecordingEvent.$Shape;

            /**
             * Decodes a RecordingEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.RecordingEvent & bwc.v1.RecordingEvent.$Shape} RecordingEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.RecordingEvent & bwc.v1.RecordingEvent.$Shape;

            /**
             * Verifies a RecordingEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RecordingEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecordingEvent
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.RecordingEvent;

            /**
             * Creates a plain object from a RecordingEvent message. Also converts values to other types if specified.
             * @param message RecordingEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.RecordingEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecordingEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RecordingEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecordingEvent {

            /** Properties of a RecordingEvent. */
            interface $Properties {

                /** RecordingEvent action */
                action?: (bwc.v1.RecordingAction|null);

                /** RecordingEvent source */
                source?: (bwc.v1.ActivationSource|null);

                /** RecordingEvent recordingId */
                recordingId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecordingEvent. */
            type $Shape = bwc.v1.RecordingEvent.$Properties;
        }

        /**
         * Properties of a ModeChange.
         * @deprecated Use bwc.v1.ModeChange.$Properties instead.
         */
        interface IModeChange extends bwc.v1.ModeChange.$Properties {
        }

        /** Represents a ModeChange. */
        class ModeChange {

            /**
             * Constructs a new ModeChange.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.ModeChange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModeChange mode. */
            mode: bwc.v1.DeviceMode;

            /**
             * Creates a new ModeChange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModeChange instance
             */
            static create(properties: bwc.v1.ModeChange.$Shape): bwc.v1.ModeChange & bwc.v1.ModeChange.$Shape;
            static create(properties?: bwc.v1.ModeChange.$Properties): bwc.v1.ModeChange;

            /**
             * Encodes the specified ModeChange message. Does not implicitly {@link bwc.v1.ModeChange.verify|verify} messages.
             * @param message ModeChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.ModeChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ModeChange message, length delimited. Does not implicitly {@link bwc.v1.ModeChange.verify|verify} messages.
             * @param message ModeChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.ModeChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModeChange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.ModeChange & bwc.v1.ModeChange.$Shape} ModeChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.ModeChange & bwc.v1.ModeChange.$Shape;

            /**
             * Decodes a ModeChange message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.ModeChange & bwc.v1.ModeChange.$Shape} ModeChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.ModeChange & bwc.v1.ModeChange.$Shape;

            /**
             * Verifies a ModeChange message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ModeChange message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModeChange
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.ModeChange;

            /**
             * Creates a plain object from a ModeChange message. Also converts values to other types if specified.
             * @param message ModeChange
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.ModeChange, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModeChange to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ModeChange
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModeChange {

            /** Properties of a ModeChange. */
            interface $Properties {

                /** ModeChange mode */
                mode?: (bwc.v1.DeviceMode|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ModeChange. */
            type $Shape = bwc.v1.ModeChange.$Properties;
        }

        /**
         * Properties of a Battery.
         * @deprecated Use bwc.v1.Battery.$Properties instead.
         */
        interface IBattery extends bwc.v1.Battery.$Properties {
        }

        /** Represents a Battery. */
        class Battery {

            /**
             * Constructs a new Battery.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Battery.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Battery percent. */
            percent: number;

            /** Battery millivolts. */
            millivolts: number;

            /** Battery charging. */
            charging: boolean;

            /** Battery temperatureC. */
            temperatureC: number;

            /**
             * Creates a new Battery instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Battery instance
             */
            static create(properties: bwc.v1.Battery.$Shape): bwc.v1.Battery & bwc.v1.Battery.$Shape;
            static create(properties?: bwc.v1.Battery.$Properties): bwc.v1.Battery;

            /**
             * Encodes the specified Battery message. Does not implicitly {@link bwc.v1.Battery.verify|verify} messages.
             * @param message Battery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Battery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Battery message, length delimited. Does not implicitly {@link bwc.v1.Battery.verify|verify} messages.
             * @param message Battery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Battery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Battery message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Battery & bwc.v1.Battery.$Shape} Battery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Battery & bwc.v1.Battery.$Shape;

            /**
             * Decodes a Battery message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Battery & bwc.v1.Battery.$Shape} Battery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Battery & bwc.v1.Battery.$Shape;

            /**
             * Verifies a Battery message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Battery message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Battery
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Battery;

            /**
             * Creates a plain object from a Battery message. Also converts values to other types if specified.
             * @param message Battery
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Battery, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Battery to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Battery
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Battery {

            /** Properties of a Battery. */
            interface $Properties {

                /** Battery percent */
                percent?: (number|null);

                /** Battery millivolts */
                millivolts?: (number|null);

                /** Battery charging */
                charging?: (boolean|null);

                /** Battery temperatureC */
                temperatureC?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Battery. */
            type $Shape = bwc.v1.Battery.$Properties;
        }

        /**
         * Properties of a Storage.
         * @deprecated Use bwc.v1.Storage.$Properties instead.
         */
        interface IStorage extends bwc.v1.Storage.$Properties {
        }

        /** Represents a Storage. */
        class Storage {

            /**
             * Constructs a new Storage.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Storage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Storage totalBytes. */
            totalBytes: number;

            /** Storage usedBytes. */
            usedBytes: number;

            /** Storage pendingUploadBytes. */
            pendingUploadBytes: number;

            /**
             * Creates a new Storage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Storage instance
             */
            static create(properties: bwc.v1.Storage.$Shape): bwc.v1.Storage & bwc.v1.Storage.$Shape;
            static create(properties?: bwc.v1.Storage.$Properties): bwc.v1.Storage;

            /**
             * Encodes the specified Storage message. Does not implicitly {@link bwc.v1.Storage.verify|verify} messages.
             * @param message Storage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Storage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Storage message, length delimited. Does not implicitly {@link bwc.v1.Storage.verify|verify} messages.
             * @param message Storage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Storage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Storage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Storage & bwc.v1.Storage.$Shape} Storage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Storage & bwc.v1.Storage.$Shape;

            /**
             * Decodes a Storage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Storage & bwc.v1.Storage.$Shape} Storage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Storage & bwc.v1.Storage.$Shape;

            /**
             * Verifies a Storage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Storage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Storage
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Storage;

            /**
             * Creates a plain object from a Storage message. Also converts values to other types if specified.
             * @param message Storage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Storage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Storage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Storage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Storage {

            /** Properties of a Storage. */
            interface $Properties {

                /** Storage totalBytes */
                totalBytes?: (number|null);

                /** Storage usedBytes */
                usedBytes?: (number|null);

                /** Storage pendingUploadBytes */
                pendingUploadBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Storage. */
            type $Shape = bwc.v1.Storage.$Properties;
        }

        /**
         * Properties of a Gps.
         * @deprecated Use bwc.v1.Gps.$Properties instead.
         */
        interface IGps extends bwc.v1.Gps.$Properties {
        }

        /** Represents a Gps. */
        class Gps {

            /**
             * Constructs a new Gps.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Gps.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Gps lat. */
            lat: number;

            /** Gps lon. */
            lon: number;

            /** Gps accuracyM. */
            accuracyM: number;

            /** Gps speedMps. */
            speedMps: number;

            /** Gps headingDeg. */
            headingDeg: number;

            /** Gps fix. */
            fix: bwc.v1.GpsFix;

            /**
             * Creates a new Gps instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Gps instance
             */
            static create(properties: bwc.v1.Gps.$Shape): bwc.v1.Gps & bwc.v1.Gps.$Shape;
            static create(properties?: bwc.v1.Gps.$Properties): bwc.v1.Gps;

            /**
             * Encodes the specified Gps message. Does not implicitly {@link bwc.v1.Gps.verify|verify} messages.
             * @param message Gps message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Gps.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Gps message, length delimited. Does not implicitly {@link bwc.v1.Gps.verify|verify} messages.
             * @param message Gps message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Gps.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Gps message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Gps & bwc.v1.Gps.$Shape} Gps
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Gps & bwc.v1.Gps.$Shape;

            /**
             * Decodes a Gps message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Gps & bwc.v1.Gps.$Shape} Gps
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Gps & bwc.v1.Gps.$Shape;

            /**
             * Verifies a Gps message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Gps message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Gps
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Gps;

            /**
             * Creates a plain object from a Gps message. Also converts values to other types if specified.
             * @param message Gps
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Gps, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Gps to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Gps
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Gps {

            /** Properties of a Gps. */
            interface $Properties {

                /** Gps lat */
                lat?: (number|null);

                /** Gps lon */
                lon?: (number|null);

                /** Gps accuracyM */
                accuracyM?: (number|null);

                /** Gps speedMps */
                speedMps?: (number|null);

                /** Gps headingDeg */
                headingDeg?: (number|null);

                /** Gps fix */
                fix?: (bwc.v1.GpsFix|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Gps. */
            type $Shape = bwc.v1.Gps.$Properties;
        }

        /**
         * Properties of a Trigger.
         * @deprecated Use bwc.v1.Trigger.$Properties instead.
         */
        interface ITrigger extends bwc.v1.Trigger.$Properties {
        }

        /** Represents a Trigger. */
        class Trigger {

            /**
             * Constructs a new Trigger.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Trigger.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Trigger kind. */
            kind: bwc.v1.TriggerKind;

            /** Trigger sourceId. */
            sourceId: string;

            /**
             * Creates a new Trigger instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Trigger instance
             */
            static create(properties: bwc.v1.Trigger.$Shape): bwc.v1.Trigger & bwc.v1.Trigger.$Shape;
            static create(properties?: bwc.v1.Trigger.$Properties): bwc.v1.Trigger;

            /**
             * Encodes the specified Trigger message. Does not implicitly {@link bwc.v1.Trigger.verify|verify} messages.
             * @param message Trigger message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Trigger.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Trigger message, length delimited. Does not implicitly {@link bwc.v1.Trigger.verify|verify} messages.
             * @param message Trigger message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Trigger.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Trigger message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Trigger & bwc.v1.Trigger.$Shape} Trigger
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Trigger & bwc.v1.Trigger.$Shape;

            /**
             * Decodes a Trigger message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Trigger & bwc.v1.Trigger.$Shape} Trigger
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Trigger & bwc.v1.Trigger.$Shape;

            /**
             * Verifies a Trigger message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Trigger message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Trigger
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Trigger;

            /**
             * Creates a plain object from a Trigger message. Also converts values to other types if specified.
             * @param message Trigger
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Trigger, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Trigger to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Trigger
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Trigger {

            /** Properties of a Trigger. */
            interface $Properties {

                /** Trigger kind */
                kind?: (bwc.v1.TriggerKind|null);

                /** Trigger sourceId */
                sourceId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Trigger. */
            type $Shape = bwc.v1.Trigger.$Properties;
        }

        /**
         * Properties of a Fault.
         * @deprecated Use bwc.v1.Fault.$Properties instead.
         */
        interface IFault extends bwc.v1.Fault.$Properties {
        }

        /** Represents a Fault. */
        class Fault {

            /**
             * Constructs a new Fault.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.Fault.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Fault code. */
            code: string;

            /** Fault message. */
            message: string;

            /**
             * Creates a new Fault instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Fault instance
             */
            static create(properties: bwc.v1.Fault.$Shape): bwc.v1.Fault & bwc.v1.Fault.$Shape;
            static create(properties?: bwc.v1.Fault.$Properties): bwc.v1.Fault;

            /**
             * Encodes the specified Fault message. Does not implicitly {@link bwc.v1.Fault.verify|verify} messages.
             * @param message Fault message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.Fault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Fault message, length delimited. Does not implicitly {@link bwc.v1.Fault.verify|verify} messages.
             * @param message Fault message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.Fault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Fault message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.Fault & bwc.v1.Fault.$Shape} Fault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.Fault & bwc.v1.Fault.$Shape;

            /**
             * Decodes a Fault message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.Fault & bwc.v1.Fault.$Shape} Fault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.Fault & bwc.v1.Fault.$Shape;

            /**
             * Verifies a Fault message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Fault message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Fault
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.Fault;

            /**
             * Creates a plain object from a Fault message. Also converts values to other types if specified.
             * @param message Fault
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.Fault, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Fault to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Fault
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Fault {

            /** Properties of a Fault. */
            interface $Properties {

                /** Fault code */
                code?: (string|null);

                /** Fault message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Fault. */
            type $Shape = bwc.v1.Fault.$Properties;
        }

        /**
         * Properties of a TelemetryBatch.
         * @deprecated Use bwc.v1.TelemetryBatch.$Properties instead.
         */
        interface ITelemetryBatch extends bwc.v1.TelemetryBatch.$Properties {
        }

        /** Represents a TelemetryBatch. */
        class TelemetryBatch {

            /**
             * Constructs a new TelemetryBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: bwc.v1.TelemetryBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TelemetryBatch items. */
            items: bwc.v1.Telemetry.$Properties[];

            /**
             * Creates a new TelemetryBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TelemetryBatch instance
             */
            static create(properties: bwc.v1.TelemetryBatch.$Shape): bwc.v1.TelemetryBatch & bwc.v1.TelemetryBatch.$Shape;
            static create(properties?: bwc.v1.TelemetryBatch.$Properties): bwc.v1.TelemetryBatch;

            /**
             * Encodes the specified TelemetryBatch message. Does not implicitly {@link bwc.v1.TelemetryBatch.verify|verify} messages.
             * @param message TelemetryBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bwc.v1.TelemetryBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TelemetryBatch message, length delimited. Does not implicitly {@link bwc.v1.TelemetryBatch.verify|verify} messages.
             * @param message TelemetryBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: bwc.v1.TelemetryBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TelemetryBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bwc.v1.TelemetryBatch & bwc.v1.TelemetryBatch.$Shape} TelemetryBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bwc.v1.TelemetryBatch & bwc.v1.TelemetryBatch.$Shape;

            /**
             * Decodes a TelemetryBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {bwc.v1.TelemetryBatch & bwc.v1.TelemetryBatch.$Shape} TelemetryBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): bwc.v1.TelemetryBatch & bwc.v1.TelemetryBatch.$Shape;

            /**
             * Verifies a TelemetryBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TelemetryBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TelemetryBatch
             */
            static fromObject(object: { [k: string]: any }): bwc.v1.TelemetryBatch;

            /**
             * Creates a plain object from a TelemetryBatch message. Also converts values to other types if specified.
             * @param message TelemetryBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: bwc.v1.TelemetryBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TelemetryBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TelemetryBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TelemetryBatch {

            /** Properties of a TelemetryBatch. */
            interface $Properties {

                /** TelemetryBatch items */
                items?: (bwc.v1.Telemetry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TelemetryBatch. */
            type $Shape = {
              items?: bwc.v1.Telemetry.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }
}
