/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const bwc = $root.bwc = (() => {

    /**
     * Namespace bwc.
     * @exports bwc
     * @namespace
     */
    const bwc = {};

    bwc.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof bwc
         * @namespace
         */
        const v1 = {};

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} bwc.v1.Ack.$Properties
             * @property {string|null} [deviceId] Ack deviceId
             * @property {number|null} [bootId] Ack bootId
             * @property {number|null} [seq] Ack seq
             * @property {Array.<number>|null} [received] Ack received
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof bwc.v1
             * @interface IAck
             * @augments bwc.v1.Ack.$Properties
             * @deprecated Use bwc.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {bwc.v1.Ack.$Properties} bwc.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof bwc.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {bwc.v1.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                this.received = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack deviceId.
             * @member {string} deviceId
             * @memberof bwc.v1.Ack
             * @instance
             */
            Ack.prototype.deviceId = "";

            /**
             * Ack bootId.
             * @member {number} bootId
             * @memberof bwc.v1.Ack
             * @instance
             */
            Ack.prototype.bootId = 0;

            /**
             * Ack seq.
             * @member {number} seq
             * @memberof bwc.v1.Ack
             * @instance
             */
            Ack.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ack received.
             * @member {Array.<number>} received
             * @memberof bwc.v1.Ack
             * @instance
             */
            Ack.prototype.received = $util.emptyArray;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Ack
             * @static
             * @param {bwc.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Ack} Ack instance
             * @type {{
             *   (properties: bwc.v1.Ack.$Shape): bwc.v1.Ack & bwc.v1.Ack.$Shape;
             *   (properties?: bwc.v1.Ack.$Properties): bwc.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link bwc.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Ack
             * @static
             * @param {bwc.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.bootId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.received != null && message.received.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint64s(message.received);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link bwc.v1.Ack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Ack
             * @static
             * @param {bwc.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Ack & bwc.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bootId = value;
                            else
                                delete message.bootId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.received && message.received.length))
                                    message.received = [];
                                reader.uint64s(message.received);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.received && message.received.length))
                                message.received = [];
                            message.received.push(reader.uint64());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Ack & bwc.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Ack message.
             * @function verify
             * @memberof bwc.v1.Ack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    if (!$util.isInteger(message.bootId))
                        return "bootId: integer expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.received != null && $Object.hasOwnProperty.call(message, "received")) {
                    if (!$Array.isArray(message.received))
                        return "received: array expected";
                    for (let i = 0; i < message.received.length; ++i)
                        if (!$util.isInteger(message.received[i]) && !(message.received[i] && $util.isInteger(message.received[i].low) && $util.isInteger(message.received[i].high)))
                            return "received: integer|Long[] expected";
                }
                return null;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Ack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Ack} Ack
             */
            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Ack();
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.bootId != null)
                    if ($Number(object.bootId) !== 0)
                        message.bootId = object.bootId >>> 0;
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.received) {
                    if (!$Array.isArray(object.received))
                        throw $TypeError(".bwc.v1.Ack.received: array expected");
                    message.received = $Array(object.received.length);
                    for (let i = 0; i < object.received.length; ++i)
                        if ($util.Long)
                            message.received[i] = $util.Long.fromValue(object.received[i], true);
                        else if (typeof object.received[i] === "string")
                            message.received[i] = $parseInt(object.received[i], 10);
                        else if (typeof object.received[i] === "number")
                            message.received[i] = object.received[i];
                        else if (typeof object.received[i] === "object")
                            message.received[i] = new $util.LongBits(object.received[i].low >>> 0, object.received[i].high >>> 0).toNumber(true);
                }
                return message;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Ack
             * @static
             * @param {bwc.v1.Ack} message Ack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.received = [];
                if (options.defaults) {
                    object.deviceId = "";
                    object.bootId = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.received && message.received.length) {
                    object.received = $Array(message.received.length);
                    for (let j = 0; j < message.received.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.received[j] = typeof message.received[j] === "number" ? $BigInt(message.received[j]) : $util.Long.fromBits(message.received[j].low >>> 0, message.received[j].high >>> 0, true).toBigInt();
                        else if (typeof message.received[j] === "number")
                            object.received[j] = options.longs === $String ? $String(message.received[j]) : message.received[j];
                        else
                            object.received[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.received[j]) : options.longs === $Number ? new $util.LongBits(message.received[j].low >>> 0, message.received[j].high >>> 0).toNumber(true) : message.received[j];
                }
                return object;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof bwc.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof bwc.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Ack";
            };

            return Ack;
        })();

        v1.Activity = (function() {

            /**
             * Properties of an Activity.
             * @typedef {Object} bwc.v1.Activity.$Properties
             * @property {string|null} [activityId] Activity activityId
             * @property {bwc.v1.ActivityType|null} [type] Activity type
             * @property {bwc.v1.ActivityPhase|null} [phase] Activity phase
             * @property {number|null} [timeMs] Activity timeMs
             * @property {Array.<string>|null} [deviceIds] Activity deviceIds
             * @property {string|null} [source] Activity source
             * @property {number|null} [lat] Activity lat
             * @property {number|null} [lon] Activity lon
             * @property {string|null} [note] Activity note
             * @property {Array.<string>|null} [officerIds] Activity officerIds
             * @property {string|null} [unit] Activity unit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Activity.
             * @memberof bwc.v1
             * @interface IActivity
             * @augments bwc.v1.Activity.$Properties
             * @deprecated Use bwc.v1.Activity.$Properties instead.
             */

            /**
             * Shape of an Activity.
             * @typedef {bwc.v1.Activity.$Properties} bwc.v1.Activity.$Shape
             */

            /**
             * Constructs a new Activity.
             * @memberof bwc.v1
             * @classdesc Represents an Activity.
             * @constructor
             * @param {bwc.v1.Activity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Activity = function (properties) {
                this.deviceIds = [];
                this.officerIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Activity activityId.
             * @member {string} activityId
             * @memberof bwc.v1.Activity
             * @instance
             */
            Activity.prototype.activityId = "";

            /**
             * Activity type.
             * @member {bwc.v1.ActivityType} type
             * @memberof bwc.v1.Activity
             * @instance
             */
            Activity.prototype.type = 0;

            /**
             * Activity phase.
             * @member {bwc.v1.ActivityPhase} phase
             * @memberof bwc.v1.Activity
             * @instance
             */
            Activity.prototype.phase = 0;

            /**
             * Activity timeMs.
             * @member {number} timeMs
             * @memberof bwc.v1.Activity
             * @instance
             */
            Activity.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Activity deviceIds.
             * @member {Array.<string>} deviceIds
             * @memberof bwc.v1.Activity
             * @instance
             */
            Activity.prototype.deviceIds = $util.emptyArray;

            /**
             * Activity source.
             * @member {string} source
             * @memberof bwc.v1.Activity
             * @instance
             */
            Activity.prototype.source = "";

            /**
             * Activity lat.
             * @member {number} lat
             * @memberof bwc.v1.Activity
             * @instance
             */
            Activity.prototype.lat = 0;

            /**
             * Activity lon.
             * @member {number} lon
             * @memberof bwc.v1.Activity
             * @instance
             */
            Activity.prototype.lon = 0;

            /**
             * Activity note.
             * @member {string} note
             * @memberof bwc.v1.Activity
             * @instance
             */
            Activity.prototype.note = "";

            /**
             * Activity officerIds.
             * @member {Array.<string>} officerIds
             * @memberof bwc.v1.Activity
             * @instance
             */
            Activity.prototype.officerIds = $util.emptyArray;

            /**
             * Activity unit.
             * @member {string} unit
             * @memberof bwc.v1.Activity
             * @instance
             */
            Activity.prototype.unit = "";

            /**
             * Creates a new Activity instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Activity
             * @static
             * @param {bwc.v1.Activity.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Activity} Activity instance
             * @type {{
             *   (properties: bwc.v1.Activity.$Shape): bwc.v1.Activity & bwc.v1.Activity.$Shape;
             *   (properties?: bwc.v1.Activity.$Properties): bwc.v1.Activity;
             * }}
             */
            Activity.create = function(properties) {
                return new Activity(properties);
            };

            /**
             * Encodes the specified Activity message. Does not implicitly {@link bwc.v1.Activity.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Activity
             * @static
             * @param {bwc.v1.Activity.$Properties} message Activity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Activity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId") && message.activityId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.activityId);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.phase);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timeMs);
                if (message.deviceIds != null && message.deviceIds.length)
                    for (let i = 0; i < message.deviceIds.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.deviceIds[i]);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.source);
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat") && !$Object.is(message.lat, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.lat);
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon") && !$Object.is(message.lon, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.lon);
                if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.note);
                if (message.officerIds != null && message.officerIds.length)
                    for (let i = 0; i < message.officerIds.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.officerIds[i]);
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && message.unit !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.unit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Activity message, length delimited. Does not implicitly {@link bwc.v1.Activity.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Activity
             * @static
             * @param {bwc.v1.Activity.$Properties} message Activity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Activity.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Activity message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Activity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Activity & bwc.v1.Activity.$Shape} Activity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Activity.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Activity();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activityId = value;
                            else
                                delete message.activityId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.deviceIds && message.deviceIds.length))
                                message.deviceIds = [];
                            message.deviceIds.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lat = value;
                            else
                                delete message.lat;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lon = value;
                            else
                                delete message.lon;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.note = value;
                            else
                                delete message.note;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.officerIds && message.officerIds.length))
                                message.officerIds = [];
                            message.officerIds.push(reader.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unit = value;
                            else
                                delete message.unit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Activity message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Activity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Activity & bwc.v1.Activity.$Shape} Activity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Activity.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Activity message.
             * @function verify
             * @memberof bwc.v1.Activity
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Activity.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId"))
                    if (!$util.isString(message.activityId))
                        return "activityId: string expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                    if (typeof message.phase !== "number" || (message.phase | 0) !== message.phase)
                        return "phase: enum value expected";
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (!$util.isInteger(message.timeMs) && !(message.timeMs && $util.isInteger(message.timeMs.low) && $util.isInteger(message.timeMs.high)))
                        return "timeMs: integer|Long expected";
                if (message.deviceIds != null && $Object.hasOwnProperty.call(message, "deviceIds")) {
                    if (!$Array.isArray(message.deviceIds))
                        return "deviceIds: array expected";
                    for (let i = 0; i < message.deviceIds.length; ++i)
                        if (!$util.isString(message.deviceIds[i]))
                            return "deviceIds: string[] expected";
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    if (typeof message.lat !== "number")
                        return "lat: number expected";
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    if (typeof message.lon !== "number")
                        return "lon: number expected";
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    if (!$util.isString(message.note))
                        return "note: string expected";
                if (message.officerIds != null && $Object.hasOwnProperty.call(message, "officerIds")) {
                    if (!$Array.isArray(message.officerIds))
                        return "officerIds: array expected";
                    for (let i = 0; i < message.officerIds.length; ++i)
                        if (!$util.isString(message.officerIds[i]))
                            return "officerIds: string[] expected";
                }
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                    if (!$util.isString(message.unit))
                        return "unit: string expected";
                return null;
            };

            /**
             * Creates an Activity message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Activity
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Activity} Activity
             */
            Activity.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Activity)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Activity: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Activity();
                if (object.activityId != null)
                    if (typeof object.activityId !== "string" || object.activityId.length)
                        message.activityId = $String(object.activityId);
                if (object.type !== 0 && (typeof object.type !== "string" || $root.bwc.v1.ActivityType[object.type] !== 0))
                    switch (object.type) {
                    case "ACTIVITY_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "ACTIVITY_TYPE_AT_LARGE_ARREST":
                    case 1:
                        message.type = 1;
                        break;
                    case "ACTIVITY_TYPE_SEARCH_INCIDENT_TO_ARREST":
                    case 2:
                        message.type = 2;
                        break;
                    case "ACTIVITY_TYPE_INVESTIGATORY_DETENTION":
                    case 3:
                        message.type = 3;
                        break;
                    case "ACTIVITY_TYPE_WARRANT_EXECUTION":
                    case 4:
                        message.type = 4;
                        break;
                    case "ACTIVITY_TYPE_SUBPOENA_SERVICE":
                    case 5:
                        message.type = 5;
                        break;
                    case "ACTIVITY_TYPE_SEARCH_SEIZURE_ORDER":
                    case 6:
                        message.type = 6;
                        break;
                    case "ACTIVITY_TYPE_REMOVAL_ORDER_EXECUTION":
                    case 7:
                        message.type = 7;
                        break;
                    case "ACTIVITY_TYPE_FACILITY_PROTECTION":
                    case 8:
                        message.type = 8;
                        break;
                    case "ACTIVITY_TYPE_FACILITY_DISTURBANCE":
                    case 9:
                        message.type = 9;
                        break;
                    case "ACTIVITY_TYPE_EMERGENCY_RESPONSE":
                    case 10:
                        message.type = 10;
                        break;
                    case "ACTIVITY_TYPE_FIRST_AMENDMENT_ACTIVITY":
                    case 11:
                        message.type = 11;
                        break;
                    case "ACTIVITY_TYPE_UNDERCOVER_OPERATION":
                    case 12:
                        message.type = 12;
                        break;
                    case "ACTIVITY_TYPE_OTHER":
                    case 13:
                        message.type = 13;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.phase !== 0 && (typeof object.phase !== "string" || $root.bwc.v1.ActivityPhase[object.phase] !== 0))
                    switch (object.phase) {
                    case "ACTIVITY_PHASE_UNSPECIFIED":
                    case 0:
                        message.phase = 0;
                        break;
                    case "ACTIVITY_PHASE_START":
                    case 1:
                        message.phase = 1;
                        break;
                    case "ACTIVITY_PHASE_END":
                    case 2:
                        message.phase = 2;
                        break;
                    default:
                        if (typeof object.phase === "number" && (object.phase | 0) === object.phase)
                            message.phase = object.phase;
                    }
                if (object.timeMs != null)
                    if (typeof object.timeMs === "object" ? object.timeMs.low || object.timeMs.high : $Number(object.timeMs) !== 0)
                        if ($util.Long)
                            message.timeMs = $util.Long.fromValue(object.timeMs, false);
                        else if (typeof object.timeMs === "string")
                            message.timeMs = $parseInt(object.timeMs, 10);
                        else if (typeof object.timeMs === "number")
                            message.timeMs = object.timeMs;
                        else if (typeof object.timeMs === "object")
                            message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber();
                if (object.deviceIds) {
                    if (!$Array.isArray(object.deviceIds))
                        throw $TypeError(".bwc.v1.Activity.deviceIds: array expected");
                    message.deviceIds = $Array(object.deviceIds.length);
                    for (let i = 0; i < object.deviceIds.length; ++i)
                        message.deviceIds[i] = $String(object.deviceIds[i]);
                }
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.lat != null)
                    if (!$Object.is($Number(object.lat), 0))
                        message.lat = $Number(object.lat);
                if (object.lon != null)
                    if (!$Object.is($Number(object.lon), 0))
                        message.lon = $Number(object.lon);
                if (object.note != null)
                    if (typeof object.note !== "string" || object.note.length)
                        message.note = $String(object.note);
                if (object.officerIds) {
                    if (!$Array.isArray(object.officerIds))
                        throw $TypeError(".bwc.v1.Activity.officerIds: array expected");
                    message.officerIds = $Array(object.officerIds.length);
                    for (let i = 0; i < object.officerIds.length; ++i)
                        message.officerIds[i] = $String(object.officerIds[i]);
                }
                if (object.unit != null)
                    if (typeof object.unit !== "string" || object.unit.length)
                        message.unit = $String(object.unit);
                return message;
            };

            /**
             * Creates a plain object from an Activity message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Activity
             * @static
             * @param {bwc.v1.Activity} message Activity
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Activity.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.deviceIds = [];
                    object.officerIds = [];
                }
                if (options.defaults) {
                    object.activityId = "";
                    object.type = options.enums === $String ? "ACTIVITY_TYPE_UNSPECIFIED" : 0;
                    object.phase = options.enums === $String ? "ACTIVITY_PHASE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.source = "";
                    object.lat = 0;
                    object.lon = 0;
                    object.note = "";
                    object.unit = "";
                }
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId"))
                    object.activityId = message.activityId;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.bwc.v1.ActivityType[message.type] === $undefined ? message.type : $root.bwc.v1.ActivityType[message.type] : message.type;
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                    object.phase = options.enums === $String ? $root.bwc.v1.ActivityPhase[message.phase] === $undefined ? message.phase : $root.bwc.v1.ActivityPhase[message.phase] : message.phase;
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeMs = typeof message.timeMs === "number" ? $BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeMs === "number")
                        object.timeMs = options.longs === $String ? $String(message.timeMs) : message.timeMs;
                    else
                        object.timeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === $Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber() : message.timeMs;
                if (message.deviceIds && message.deviceIds.length) {
                    object.deviceIds = $Array(message.deviceIds.length);
                    for (let j = 0; j < message.deviceIds.length; ++j)
                        object.deviceIds[j] = message.deviceIds[j];
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    object.lat = options.json && !$isFinite(message.lat) ? $String(message.lat) : message.lat;
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    object.lon = options.json && !$isFinite(message.lon) ? $String(message.lon) : message.lon;
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    object.note = message.note;
                if (message.officerIds && message.officerIds.length) {
                    object.officerIds = $Array(message.officerIds.length);
                    for (let j = 0; j < message.officerIds.length; ++j)
                        object.officerIds[j] = message.officerIds[j];
                }
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                    object.unit = message.unit;
                return object;
            };

            /**
             * Converts this Activity to JSON.
             * @function toJSON
             * @memberof bwc.v1.Activity
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Activity.prototype.toJSON = function() {
                return Activity.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Activity
             * @function getTypeUrl
             * @memberof bwc.v1.Activity
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Activity.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Activity";
            };

            return Activity;
        })();

        /**
         * DeviceMode enum.
         * @name bwc.v1.DeviceMode
         * @enum {number}
         * @property {number} DEVICE_MODE_UNSPECIFIED=0 DEVICE_MODE_UNSPECIFIED value
         * @property {number} DEVICE_MODE_OFF=1 DEVICE_MODE_OFF value
         * @property {number} DEVICE_MODE_READY=2 DEVICE_MODE_READY value
         * @property {number} DEVICE_MODE_SLEEP=3 DEVICE_MODE_SLEEP value
         * @property {number} DEVICE_MODE_DOCKED=4 DEVICE_MODE_DOCKED value
         */
        v1.DeviceMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DEVICE_MODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DEVICE_MODE_OFF"] = 1;
            values[valuesById[2] = "DEVICE_MODE_READY"] = 2;
            values[valuesById[3] = "DEVICE_MODE_SLEEP"] = 3;
            values[valuesById[4] = "DEVICE_MODE_DOCKED"] = 4;
            return values;
        })();

        /**
         * RecordingAction enum.
         * @name bwc.v1.RecordingAction
         * @enum {number}
         * @property {number} RECORDING_ACTION_UNSPECIFIED=0 RECORDING_ACTION_UNSPECIFIED value
         * @property {number} RECORDING_ACTION_START=1 RECORDING_ACTION_START value
         * @property {number} RECORDING_ACTION_STOP=2 RECORDING_ACTION_STOP value
         */
        v1.RecordingAction = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RECORDING_ACTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RECORDING_ACTION_START"] = 1;
            values[valuesById[2] = "RECORDING_ACTION_STOP"] = 2;
            return values;
        })();

        /**
         * ActivationSource enum.
         * @name bwc.v1.ActivationSource
         * @enum {number}
         * @property {number} ACTIVATION_SOURCE_UNSPECIFIED=0 ACTIVATION_SOURCE_UNSPECIFIED value
         * @property {number} ACTIVATION_SOURCE_BUTTON=1 ACTIVATION_SOURCE_BUTTON value
         * @property {number} ACTIVATION_SOURCE_SIGNAL=2 ACTIVATION_SOURCE_SIGNAL value
         * @property {number} ACTIVATION_SOURCE_REMOTE=3 ACTIVATION_SOURCE_REMOTE value
         */
        v1.ActivationSource = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ACTIVATION_SOURCE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ACTIVATION_SOURCE_BUTTON"] = 1;
            values[valuesById[2] = "ACTIVATION_SOURCE_SIGNAL"] = 2;
            values[valuesById[3] = "ACTIVATION_SOURCE_REMOTE"] = 3;
            return values;
        })();

        /**
         * GpsFix enum.
         * @name bwc.v1.GpsFix
         * @enum {number}
         * @property {number} GPS_FIX_UNSPECIFIED=0 GPS_FIX_UNSPECIFIED value
         * @property {number} GPS_FIX_NONE=1 GPS_FIX_NONE value
         * @property {number} GPS_FIX_2D=2 GPS_FIX_2D value
         * @property {number} GPS_FIX_3D=3 GPS_FIX_3D value
         */
        v1.GpsFix = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "GPS_FIX_UNSPECIFIED"] = 0;
            values[valuesById[1] = "GPS_FIX_NONE"] = 1;
            values[valuesById[2] = "GPS_FIX_2D"] = 2;
            values[valuesById[3] = "GPS_FIX_3D"] = 3;
            return values;
        })();

        /**
         * TriggerKind enum.
         * @name bwc.v1.TriggerKind
         * @enum {number}
         * @property {number} TRIGGER_KIND_UNSPECIFIED=0 TRIGGER_KIND_UNSPECIFIED value
         * @property {number} TRIGGER_KIND_HOLSTER_DRAW=1 TRIGGER_KIND_HOLSTER_DRAW value
         * @property {number} TRIGGER_KIND_LIGHTBAR=2 TRIGGER_KIND_LIGHTBAR value
         * @property {number} TRIGGER_KIND_SIREN=3 TRIGGER_KIND_SIREN value
         * @property {number} TRIGGER_KIND_TASER_ARMED=4 TRIGGER_KIND_TASER_ARMED value
         * @property {number} TRIGGER_KIND_DOOR_OPEN=5 TRIGGER_KIND_DOOR_OPEN value
         * @property {number} TRIGGER_KIND_CRASH=6 TRIGGER_KIND_CRASH value
         * @property {number} TRIGGER_KIND_SPEED=7 TRIGGER_KIND_SPEED value
         * @property {number} TRIGGER_KIND_GUNSHOT=8 TRIGGER_KIND_GUNSHOT value
         * @property {number} TRIGGER_KIND_MANUAL_MARKER=9 TRIGGER_KIND_MANUAL_MARKER value
         */
        v1.TriggerKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TRIGGER_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TRIGGER_KIND_HOLSTER_DRAW"] = 1;
            values[valuesById[2] = "TRIGGER_KIND_LIGHTBAR"] = 2;
            values[valuesById[3] = "TRIGGER_KIND_SIREN"] = 3;
            values[valuesById[4] = "TRIGGER_KIND_TASER_ARMED"] = 4;
            values[valuesById[5] = "TRIGGER_KIND_DOOR_OPEN"] = 5;
            values[valuesById[6] = "TRIGGER_KIND_CRASH"] = 6;
            values[valuesById[7] = "TRIGGER_KIND_SPEED"] = 7;
            values[valuesById[8] = "TRIGGER_KIND_GUNSHOT"] = 8;
            values[valuesById[9] = "TRIGGER_KIND_MANUAL_MARKER"] = 9;
            return values;
        })();

        /**
         * ActivityType enum.
         * @name bwc.v1.ActivityType
         * @enum {number}
         * @property {number} ACTIVITY_TYPE_UNSPECIFIED=0 ACTIVITY_TYPE_UNSPECIFIED value
         * @property {number} ACTIVITY_TYPE_AT_LARGE_ARREST=1 ACTIVITY_TYPE_AT_LARGE_ARREST value
         * @property {number} ACTIVITY_TYPE_SEARCH_INCIDENT_TO_ARREST=2 ACTIVITY_TYPE_SEARCH_INCIDENT_TO_ARREST value
         * @property {number} ACTIVITY_TYPE_INVESTIGATORY_DETENTION=3 ACTIVITY_TYPE_INVESTIGATORY_DETENTION value
         * @property {number} ACTIVITY_TYPE_WARRANT_EXECUTION=4 ACTIVITY_TYPE_WARRANT_EXECUTION value
         * @property {number} ACTIVITY_TYPE_SUBPOENA_SERVICE=5 ACTIVITY_TYPE_SUBPOENA_SERVICE value
         * @property {number} ACTIVITY_TYPE_SEARCH_SEIZURE_ORDER=6 ACTIVITY_TYPE_SEARCH_SEIZURE_ORDER value
         * @property {number} ACTIVITY_TYPE_REMOVAL_ORDER_EXECUTION=7 ACTIVITY_TYPE_REMOVAL_ORDER_EXECUTION value
         * @property {number} ACTIVITY_TYPE_FACILITY_PROTECTION=8 ACTIVITY_TYPE_FACILITY_PROTECTION value
         * @property {number} ACTIVITY_TYPE_FACILITY_DISTURBANCE=9 ACTIVITY_TYPE_FACILITY_DISTURBANCE value
         * @property {number} ACTIVITY_TYPE_EMERGENCY_RESPONSE=10 ACTIVITY_TYPE_EMERGENCY_RESPONSE value
         * @property {number} ACTIVITY_TYPE_FIRST_AMENDMENT_ACTIVITY=11 ACTIVITY_TYPE_FIRST_AMENDMENT_ACTIVITY value
         * @property {number} ACTIVITY_TYPE_UNDERCOVER_OPERATION=12 ACTIVITY_TYPE_UNDERCOVER_OPERATION value
         * @property {number} ACTIVITY_TYPE_OTHER=13 ACTIVITY_TYPE_OTHER value
         */
        v1.ActivityType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ACTIVITY_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ACTIVITY_TYPE_AT_LARGE_ARREST"] = 1;
            values[valuesById[2] = "ACTIVITY_TYPE_SEARCH_INCIDENT_TO_ARREST"] = 2;
            values[valuesById[3] = "ACTIVITY_TYPE_INVESTIGATORY_DETENTION"] = 3;
            values[valuesById[4] = "ACTIVITY_TYPE_WARRANT_EXECUTION"] = 4;
            values[valuesById[5] = "ACTIVITY_TYPE_SUBPOENA_SERVICE"] = 5;
            values[valuesById[6] = "ACTIVITY_TYPE_SEARCH_SEIZURE_ORDER"] = 6;
            values[valuesById[7] = "ACTIVITY_TYPE_REMOVAL_ORDER_EXECUTION"] = 7;
            values[valuesById[8] = "ACTIVITY_TYPE_FACILITY_PROTECTION"] = 8;
            values[valuesById[9] = "ACTIVITY_TYPE_FACILITY_DISTURBANCE"] = 9;
            values[valuesById[10] = "ACTIVITY_TYPE_EMERGENCY_RESPONSE"] = 10;
            values[valuesById[11] = "ACTIVITY_TYPE_FIRST_AMENDMENT_ACTIVITY"] = 11;
            values[valuesById[12] = "ACTIVITY_TYPE_UNDERCOVER_OPERATION"] = 12;
            values[valuesById[13] = "ACTIVITY_TYPE_OTHER"] = 13;
            return values;
        })();

        /**
         * ActivityPhase enum.
         * @name bwc.v1.ActivityPhase
         * @enum {number}
         * @property {number} ACTIVITY_PHASE_UNSPECIFIED=0 ACTIVITY_PHASE_UNSPECIFIED value
         * @property {number} ACTIVITY_PHASE_START=1 ACTIVITY_PHASE_START value
         * @property {number} ACTIVITY_PHASE_END=2 ACTIVITY_PHASE_END value
         */
        v1.ActivityPhase = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ACTIVITY_PHASE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ACTIVITY_PHASE_START"] = 1;
            values[valuesById[2] = "ACTIVITY_PHASE_END"] = 2;
            return values;
        })();

        /**
         * AlertKind enum.
         * @name bwc.v1.AlertKind
         * @enum {number}
         * @property {number} ALERT_KIND_UNSPECIFIED=0 ALERT_KIND_UNSPECIFIED value
         * @property {number} ALERT_KIND_MISSED_ACTIVATION=1 ALERT_KIND_MISSED_ACTIVATION value
         * @property {number} ALERT_KIND_PREMATURE_DEACTIVATION=2 ALERT_KIND_PREMATURE_DEACTIVATION value
         * @property {number} ALERT_KIND_RECORDING_PROHIBITED=3 ALERT_KIND_RECORDING_PROHIBITED value
         * @property {number} ALERT_KIND_DEVICE_OFFLINE=4 ALERT_KIND_DEVICE_OFFLINE value
         * @property {number} ALERT_KIND_LOW_BATTERY=5 ALERT_KIND_LOW_BATTERY value
         * @property {number} ALERT_KIND_BATTERY_EXHAUSTION_PREDICTED=6 ALERT_KIND_BATTERY_EXHAUSTION_PREDICTED value
         * @property {number} ALERT_KIND_STORAGE_LOW=7 ALERT_KIND_STORAGE_LOW value
         * @property {number} ALERT_KIND_TELEMETRY_GAP=8 ALERT_KIND_TELEMETRY_GAP value
         * @property {number} ALERT_KIND_CLOCK_SKEW=9 ALERT_KIND_CLOCK_SKEW value
         * @property {number} ALERT_KIND_DEVICE_FAULT=10 ALERT_KIND_DEVICE_FAULT value
         * @property {number} ALERT_KIND_COVERAGE_GAP=11 ALERT_KIND_COVERAGE_GAP value
         * @property {number} ALERT_KIND_CLOCK_STEP=12 ALERT_KIND_CLOCK_STEP value
         */
        v1.AlertKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ALERT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ALERT_KIND_MISSED_ACTIVATION"] = 1;
            values[valuesById[2] = "ALERT_KIND_PREMATURE_DEACTIVATION"] = 2;
            values[valuesById[3] = "ALERT_KIND_RECORDING_PROHIBITED"] = 3;
            values[valuesById[4] = "ALERT_KIND_DEVICE_OFFLINE"] = 4;
            values[valuesById[5] = "ALERT_KIND_LOW_BATTERY"] = 5;
            values[valuesById[6] = "ALERT_KIND_BATTERY_EXHAUSTION_PREDICTED"] = 6;
            values[valuesById[7] = "ALERT_KIND_STORAGE_LOW"] = 7;
            values[valuesById[8] = "ALERT_KIND_TELEMETRY_GAP"] = 8;
            values[valuesById[9] = "ALERT_KIND_CLOCK_SKEW"] = 9;
            values[valuesById[10] = "ALERT_KIND_DEVICE_FAULT"] = 10;
            values[valuesById[11] = "ALERT_KIND_COVERAGE_GAP"] = 11;
            values[valuesById[12] = "ALERT_KIND_CLOCK_STEP"] = 12;
            return values;
        })();

        /**
         * AlertSeverity enum.
         * @name bwc.v1.AlertSeverity
         * @enum {number}
         * @property {number} ALERT_SEVERITY_UNSPECIFIED=0 ALERT_SEVERITY_UNSPECIFIED value
         * @property {number} ALERT_SEVERITY_INFO=1 ALERT_SEVERITY_INFO value
         * @property {number} ALERT_SEVERITY_WARNING=2 ALERT_SEVERITY_WARNING value
         * @property {number} ALERT_SEVERITY_HIGH=3 ALERT_SEVERITY_HIGH value
         * @property {number} ALERT_SEVERITY_CRITICAL=4 ALERT_SEVERITY_CRITICAL value
         */
        v1.AlertSeverity = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ALERT_SEVERITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ALERT_SEVERITY_INFO"] = 1;
            values[valuesById[2] = "ALERT_SEVERITY_WARNING"] = 2;
            values[valuesById[3] = "ALERT_SEVERITY_HIGH"] = 3;
            values[valuesById[4] = "ALERT_SEVERITY_CRITICAL"] = 4;
            return values;
        })();

        /**
         * AlertStatus enum.
         * @name bwc.v1.AlertStatus
         * @enum {number}
         * @property {number} ALERT_STATUS_UNSPECIFIED=0 ALERT_STATUS_UNSPECIFIED value
         * @property {number} ALERT_STATUS_OPEN=1 ALERT_STATUS_OPEN value
         * @property {number} ALERT_STATUS_ACKNOWLEDGED=2 ALERT_STATUS_ACKNOWLEDGED value
         * @property {number} ALERT_STATUS_RESOLVED=3 ALERT_STATUS_RESOLVED value
         * @property {number} ALERT_STATUS_RETRACTED=4 ALERT_STATUS_RETRACTED value
         */
        v1.AlertStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ALERT_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ALERT_STATUS_OPEN"] = 1;
            values[valuesById[2] = "ALERT_STATUS_ACKNOWLEDGED"] = 2;
            values[valuesById[3] = "ALERT_STATUS_RESOLVED"] = 3;
            values[valuesById[4] = "ALERT_STATUS_RETRACTED"] = 4;
            return values;
        })();

        v1.Alert = (function() {

            /**
             * Properties of an Alert.
             * @typedef {Object} bwc.v1.Alert.$Properties
             * @property {string|null} [alertId] Alert alertId
             * @property {number|null} [revision] Alert revision
             * @property {bwc.v1.AlertKind|null} [kind] Alert kind
             * @property {bwc.v1.AlertSeverity|null} [severity] Alert severity
             * @property {bwc.v1.AlertStatus|null} [status] Alert status
             * @property {string|null} [deviceId] Alert deviceId
             * @property {string|null} [activityId] Alert activityId
             * @property {bwc.v1.ActivityType|null} [activityType] Alert activityType
             * @property {string|null} [cause] Alert cause
             * @property {string|null} [resolution] Alert resolution
             * @property {number|null} [obligationStartMs] Alert obligationStartMs
             * @property {number|null} [deadlineMs] Alert deadlineMs
             * @property {number|null} [detectedMs] Alert detectedMs
             * @property {number|null} [latenessMs] Alert latenessMs
             * @property {number|null} [uncoveredMs] Alert uncoveredMs
             * @property {string|null} [detail] Alert detail
             * @property {string|null} [ackBy] Alert ackBy
             * @property {string|null} [ackReason] Alert ackReason
             * @property {number|null} [revisedMs] Alert revisedMs
             * @property {bwc.v1.TriggerKind|null} [triggerKind] Alert triggerKind
             * @property {string|null} [officerId] Alert officerId
             * @property {number|null} [seq] Alert seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Alert.
             * @memberof bwc.v1
             * @interface IAlert
             * @augments bwc.v1.Alert.$Properties
             * @deprecated Use bwc.v1.Alert.$Properties instead.
             */

            /**
             * Shape of an Alert.
             * @typedef {bwc.v1.Alert.$Properties} bwc.v1.Alert.$Shape
             */

            /**
             * Constructs a new Alert.
             * @memberof bwc.v1
             * @classdesc Represents an Alert.
             * @constructor
             * @param {bwc.v1.Alert.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Alert = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Alert alertId.
             * @member {string} alertId
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.alertId = "";

            /**
             * Alert revision.
             * @member {number} revision
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.revision = 0;

            /**
             * Alert kind.
             * @member {bwc.v1.AlertKind} kind
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.kind = 0;

            /**
             * Alert severity.
             * @member {bwc.v1.AlertSeverity} severity
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.severity = 0;

            /**
             * Alert status.
             * @member {bwc.v1.AlertStatus} status
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.status = 0;

            /**
             * Alert deviceId.
             * @member {string} deviceId
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.deviceId = "";

            /**
             * Alert activityId.
             * @member {string} activityId
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.activityId = "";

            /**
             * Alert activityType.
             * @member {bwc.v1.ActivityType} activityType
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.activityType = 0;

            /**
             * Alert cause.
             * @member {string} cause
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.cause = "";

            /**
             * Alert resolution.
             * @member {string} resolution
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.resolution = "";

            /**
             * Alert obligationStartMs.
             * @member {number} obligationStartMs
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.obligationStartMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Alert deadlineMs.
             * @member {number} deadlineMs
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.deadlineMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Alert detectedMs.
             * @member {number} detectedMs
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.detectedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Alert latenessMs.
             * @member {number} latenessMs
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.latenessMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Alert uncoveredMs.
             * @member {number} uncoveredMs
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.uncoveredMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Alert detail.
             * @member {string} detail
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.detail = "";

            /**
             * Alert ackBy.
             * @member {string} ackBy
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.ackBy = "";

            /**
             * Alert ackReason.
             * @member {string} ackReason
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.ackReason = "";

            /**
             * Alert revisedMs.
             * @member {number} revisedMs
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.revisedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Alert triggerKind.
             * @member {bwc.v1.TriggerKind} triggerKind
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.triggerKind = 0;

            /**
             * Alert officerId.
             * @member {string} officerId
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.officerId = "";

            /**
             * Alert seq.
             * @member {number} seq
             * @memberof bwc.v1.Alert
             * @instance
             */
            Alert.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Alert instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Alert
             * @static
             * @param {bwc.v1.Alert.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Alert} Alert instance
             * @type {{
             *   (properties: bwc.v1.Alert.$Shape): bwc.v1.Alert & bwc.v1.Alert.$Shape;
             *   (properties?: bwc.v1.Alert.$Properties): bwc.v1.Alert;
             * }}
             */
            Alert.create = function(properties) {
                return new Alert(properties);
            };

            /**
             * Encodes the specified Alert message. Does not implicitly {@link bwc.v1.Alert.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Alert
             * @static
             * @param {bwc.v1.Alert.$Properties} message Alert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Alert.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.alertId != null && $Object.hasOwnProperty.call(message, "alertId") && message.alertId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.alertId);
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && message.revision !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.revision);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.severity);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.status);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.deviceId);
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId") && message.activityId !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.activityId);
                if (message.activityType != null && $Object.hasOwnProperty.call(message, "activityType") && message.activityType !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.activityType);
                if (message.cause != null && $Object.hasOwnProperty.call(message, "cause") && message.cause !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.cause);
                if (message.resolution != null && $Object.hasOwnProperty.call(message, "resolution") && message.resolution !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.resolution);
                if (message.obligationStartMs != null && $Object.hasOwnProperty.call(message, "obligationStartMs") && (typeof message.obligationStartMs === "object" ? message.obligationStartMs.low || message.obligationStartMs.high : message.obligationStartMs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.obligationStartMs);
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs") && (typeof message.deadlineMs === "object" ? message.deadlineMs.low || message.deadlineMs.high : message.deadlineMs !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).int64(message.deadlineMs);
                if (message.detectedMs != null && $Object.hasOwnProperty.call(message, "detectedMs") && (typeof message.detectedMs === "object" ? message.detectedMs.low || message.detectedMs.high : message.detectedMs !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).int64(message.detectedMs);
                if (message.latenessMs != null && $Object.hasOwnProperty.call(message, "latenessMs") && (typeof message.latenessMs === "object" ? message.latenessMs.low || message.latenessMs.high : message.latenessMs !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).int64(message.latenessMs);
                if (message.uncoveredMs != null && $Object.hasOwnProperty.call(message, "uncoveredMs") && (typeof message.uncoveredMs === "object" ? message.uncoveredMs.low || message.uncoveredMs.high : message.uncoveredMs !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.uncoveredMs);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.detail);
                if (message.ackBy != null && $Object.hasOwnProperty.call(message, "ackBy") && message.ackBy !== "")
                    writer.uint32(/* id 17, wireType 2 =*/138).string(message.ackBy);
                if (message.ackReason != null && $Object.hasOwnProperty.call(message, "ackReason") && message.ackReason !== "")
                    writer.uint32(/* id 18, wireType 2 =*/146).string(message.ackReason);
                if (message.revisedMs != null && $Object.hasOwnProperty.call(message, "revisedMs") && (typeof message.revisedMs === "object" ? message.revisedMs.low || message.revisedMs.high : message.revisedMs !== 0))
                    writer.uint32(/* id 19, wireType 0 =*/152).int64(message.revisedMs);
                if (message.triggerKind != null && $Object.hasOwnProperty.call(message, "triggerKind") && message.triggerKind !== 0)
                    writer.uint32(/* id 20, wireType 0 =*/160).int32(message.triggerKind);
                if (message.officerId != null && $Object.hasOwnProperty.call(message, "officerId") && message.officerId !== "")
                    writer.uint32(/* id 21, wireType 2 =*/170).string(message.officerId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 22, wireType 0 =*/176).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Alert message, length delimited. Does not implicitly {@link bwc.v1.Alert.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Alert
             * @static
             * @param {bwc.v1.Alert.$Properties} message Alert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Alert.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Alert message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Alert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Alert & bwc.v1.Alert.$Shape} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Alert.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Alert();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.alertId = value;
                            else
                                delete message.alertId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.revision = value;
                            else
                                delete message.revision;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.severity = value;
                            else
                                delete message.severity;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activityId = value;
                            else
                                delete message.activityId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.activityType = value;
                            else
                                delete message.activityType;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cause = value;
                            else
                                delete message.cause;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resolution = value;
                            else
                                delete message.resolution;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.obligationStartMs = value;
                            else
                                delete message.obligationStartMs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.deadlineMs = value;
                            else
                                delete message.deadlineMs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.detectedMs = value;
                            else
                                delete message.detectedMs;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.latenessMs = value;
                            else
                                delete message.latenessMs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uncoveredMs = value;
                            else
                                delete message.uncoveredMs;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ackBy = value;
                            else
                                delete message.ackBy;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ackReason = value;
                            else
                                delete message.ackReason;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.revisedMs = value;
                            else
                                delete message.revisedMs;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.triggerKind = value;
                            else
                                delete message.triggerKind;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.officerId = value;
                            else
                                delete message.officerId;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Alert message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Alert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Alert & bwc.v1.Alert.$Shape} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Alert.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Alert message.
             * @function verify
             * @memberof bwc.v1.Alert
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Alert.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.alertId != null && $Object.hasOwnProperty.call(message, "alertId"))
                    if (!$util.isString(message.alertId))
                        return "alertId: string expected";
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (!$util.isInteger(message.revision))
                        return "revision: integer expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                    if (typeof message.severity !== "number" || (message.severity | 0) !== message.severity)
                        return "severity: enum value expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId"))
                    if (!$util.isString(message.activityId))
                        return "activityId: string expected";
                if (message.activityType != null && $Object.hasOwnProperty.call(message, "activityType"))
                    if (typeof message.activityType !== "number" || (message.activityType | 0) !== message.activityType)
                        return "activityType: enum value expected";
                if (message.cause != null && $Object.hasOwnProperty.call(message, "cause"))
                    if (!$util.isString(message.cause))
                        return "cause: string expected";
                if (message.resolution != null && $Object.hasOwnProperty.call(message, "resolution"))
                    if (!$util.isString(message.resolution))
                        return "resolution: string expected";
                if (message.obligationStartMs != null && $Object.hasOwnProperty.call(message, "obligationStartMs"))
                    if (!$util.isInteger(message.obligationStartMs) && !(message.obligationStartMs && $util.isInteger(message.obligationStartMs.low) && $util.isInteger(message.obligationStartMs.high)))
                        return "obligationStartMs: integer|Long expected";
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs"))
                    if (!$util.isInteger(message.deadlineMs) && !(message.deadlineMs && $util.isInteger(message.deadlineMs.low) && $util.isInteger(message.deadlineMs.high)))
                        return "deadlineMs: integer|Long expected";
                if (message.detectedMs != null && $Object.hasOwnProperty.call(message, "detectedMs"))
                    if (!$util.isInteger(message.detectedMs) && !(message.detectedMs && $util.isInteger(message.detectedMs.low) && $util.isInteger(message.detectedMs.high)))
                        return "detectedMs: integer|Long expected";
                if (message.latenessMs != null && $Object.hasOwnProperty.call(message, "latenessMs"))
                    if (!$util.isInteger(message.latenessMs) && !(message.latenessMs && $util.isInteger(message.latenessMs.low) && $util.isInteger(message.latenessMs.high)))
                        return "latenessMs: integer|Long expected";
                if (message.uncoveredMs != null && $Object.hasOwnProperty.call(message, "uncoveredMs"))
                    if (!$util.isInteger(message.uncoveredMs) && !(message.uncoveredMs && $util.isInteger(message.uncoveredMs.low) && $util.isInteger(message.uncoveredMs.high)))
                        return "uncoveredMs: integer|Long expected";
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                if (message.ackBy != null && $Object.hasOwnProperty.call(message, "ackBy"))
                    if (!$util.isString(message.ackBy))
                        return "ackBy: string expected";
                if (message.ackReason != null && $Object.hasOwnProperty.call(message, "ackReason"))
                    if (!$util.isString(message.ackReason))
                        return "ackReason: string expected";
                if (message.revisedMs != null && $Object.hasOwnProperty.call(message, "revisedMs"))
                    if (!$util.isInteger(message.revisedMs) && !(message.revisedMs && $util.isInteger(message.revisedMs.low) && $util.isInteger(message.revisedMs.high)))
                        return "revisedMs: integer|Long expected";
                if (message.triggerKind != null && $Object.hasOwnProperty.call(message, "triggerKind"))
                    if (typeof message.triggerKind !== "number" || (message.triggerKind | 0) !== message.triggerKind)
                        return "triggerKind: enum value expected";
                if (message.officerId != null && $Object.hasOwnProperty.call(message, "officerId"))
                    if (!$util.isString(message.officerId))
                        return "officerId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                return null;
            };

            /**
             * Creates an Alert message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Alert
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Alert} Alert
             */
            Alert.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Alert)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Alert: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Alert();
                if (object.alertId != null)
                    if (typeof object.alertId !== "string" || object.alertId.length)
                        message.alertId = $String(object.alertId);
                if (object.revision != null)
                    if ($Number(object.revision) !== 0)
                        message.revision = object.revision >>> 0;
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.bwc.v1.AlertKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "ALERT_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "ALERT_KIND_MISSED_ACTIVATION":
                    case 1:
                        message.kind = 1;
                        break;
                    case "ALERT_KIND_PREMATURE_DEACTIVATION":
                    case 2:
                        message.kind = 2;
                        break;
                    case "ALERT_KIND_RECORDING_PROHIBITED":
                    case 3:
                        message.kind = 3;
                        break;
                    case "ALERT_KIND_DEVICE_OFFLINE":
                    case 4:
                        message.kind = 4;
                        break;
                    case "ALERT_KIND_LOW_BATTERY":
                    case 5:
                        message.kind = 5;
                        break;
                    case "ALERT_KIND_BATTERY_EXHAUSTION_PREDICTED":
                    case 6:
                        message.kind = 6;
                        break;
                    case "ALERT_KIND_STORAGE_LOW":
                    case 7:
                        message.kind = 7;
                        break;
                    case "ALERT_KIND_TELEMETRY_GAP":
                    case 8:
                        message.kind = 8;
                        break;
                    case "ALERT_KIND_CLOCK_SKEW":
                    case 9:
                        message.kind = 9;
                        break;
                    case "ALERT_KIND_DEVICE_FAULT":
                    case 10:
                        message.kind = 10;
                        break;
                    case "ALERT_KIND_COVERAGE_GAP":
                    case 11:
                        message.kind = 11;
                        break;
                    case "ALERT_KIND_CLOCK_STEP":
                    case 12:
                        message.kind = 12;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.severity !== 0 && (typeof object.severity !== "string" || $root.bwc.v1.AlertSeverity[object.severity] !== 0))
                    switch (object.severity) {
                    case "ALERT_SEVERITY_UNSPECIFIED":
                    case 0:
                        message.severity = 0;
                        break;
                    case "ALERT_SEVERITY_INFO":
                    case 1:
                        message.severity = 1;
                        break;
                    case "ALERT_SEVERITY_WARNING":
                    case 2:
                        message.severity = 2;
                        break;
                    case "ALERT_SEVERITY_HIGH":
                    case 3:
                        message.severity = 3;
                        break;
                    case "ALERT_SEVERITY_CRITICAL":
                    case 4:
                        message.severity = 4;
                        break;
                    default:
                        if (typeof object.severity === "number" && (object.severity | 0) === object.severity)
                            message.severity = object.severity;
                    }
                if (object.status !== 0 && (typeof object.status !== "string" || $root.bwc.v1.AlertStatus[object.status] !== 0))
                    switch (object.status) {
                    case "ALERT_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "ALERT_STATUS_OPEN":
                    case 1:
                        message.status = 1;
                        break;
                    case "ALERT_STATUS_ACKNOWLEDGED":
                    case 2:
                        message.status = 2;
                        break;
                    case "ALERT_STATUS_RESOLVED":
                    case 3:
                        message.status = 3;
                        break;
                    case "ALERT_STATUS_RETRACTED":
                    case 4:
                        message.status = 4;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.activityId != null)
                    if (typeof object.activityId !== "string" || object.activityId.length)
                        message.activityId = $String(object.activityId);
                if (object.activityType !== 0 && (typeof object.activityType !== "string" || $root.bwc.v1.ActivityType[object.activityType] !== 0))
                    switch (object.activityType) {
                    case "ACTIVITY_TYPE_UNSPECIFIED":
                    case 0:
                        message.activityType = 0;
                        break;
                    case "ACTIVITY_TYPE_AT_LARGE_ARREST":
                    case 1:
                        message.activityType = 1;
                        break;
                    case "ACTIVITY_TYPE_SEARCH_INCIDENT_TO_ARREST":
                    case 2:
                        message.activityType = 2;
                        break;
                    case "ACTIVITY_TYPE_INVESTIGATORY_DETENTION":
                    case 3:
                        message.activityType = 3;
                        break;
                    case "ACTIVITY_TYPE_WARRANT_EXECUTION":
                    case 4:
                        message.activityType = 4;
                        break;
                    case "ACTIVITY_TYPE_SUBPOENA_SERVICE":
                    case 5:
                        message.activityType = 5;
                        break;
                    case "ACTIVITY_TYPE_SEARCH_SEIZURE_ORDER":
                    case 6:
                        message.activityType = 6;
                        break;
                    case "ACTIVITY_TYPE_REMOVAL_ORDER_EXECUTION":
                    case 7:
                        message.activityType = 7;
                        break;
                    case "ACTIVITY_TYPE_FACILITY_PROTECTION":
                    case 8:
                        message.activityType = 8;
                        break;
                    case "ACTIVITY_TYPE_FACILITY_DISTURBANCE":
                    case 9:
                        message.activityType = 9;
                        break;
                    case "ACTIVITY_TYPE_EMERGENCY_RESPONSE":
                    case 10:
                        message.activityType = 10;
                        break;
                    case "ACTIVITY_TYPE_FIRST_AMENDMENT_ACTIVITY":
                    case 11:
                        message.activityType = 11;
                        break;
                    case "ACTIVITY_TYPE_UNDERCOVER_OPERATION":
                    case 12:
                        message.activityType = 12;
                        break;
                    case "ACTIVITY_TYPE_OTHER":
                    case 13:
                        message.activityType = 13;
                        break;
                    default:
                        if (typeof object.activityType === "number" && (object.activityType | 0) === object.activityType)
                            message.activityType = object.activityType;
                    }
                if (object.cause != null)
                    if (typeof object.cause !== "string" || object.cause.length)
                        message.cause = $String(object.cause);
                if (object.resolution != null)
                    if (typeof object.resolution !== "string" || object.resolution.length)
                        message.resolution = $String(object.resolution);
                if (object.obligationStartMs != null)
                    if (typeof object.obligationStartMs === "object" ? object.obligationStartMs.low || object.obligationStartMs.high : $Number(object.obligationStartMs) !== 0)
                        if ($util.Long)
                            message.obligationStartMs = $util.Long.fromValue(object.obligationStartMs, false);
                        else if (typeof object.obligationStartMs === "string")
                            message.obligationStartMs = $parseInt(object.obligationStartMs, 10);
                        else if (typeof object.obligationStartMs === "number")
                            message.obligationStartMs = object.obligationStartMs;
                        else if (typeof object.obligationStartMs === "object")
                            message.obligationStartMs = new $util.LongBits(object.obligationStartMs.low >>> 0, object.obligationStartMs.high >>> 0).toNumber();
                if (object.deadlineMs != null)
                    if (typeof object.deadlineMs === "object" ? object.deadlineMs.low || object.deadlineMs.high : $Number(object.deadlineMs) !== 0)
                        if ($util.Long)
                            message.deadlineMs = $util.Long.fromValue(object.deadlineMs, false);
                        else if (typeof object.deadlineMs === "string")
                            message.deadlineMs = $parseInt(object.deadlineMs, 10);
                        else if (typeof object.deadlineMs === "number")
                            message.deadlineMs = object.deadlineMs;
                        else if (typeof object.deadlineMs === "object")
                            message.deadlineMs = new $util.LongBits(object.deadlineMs.low >>> 0, object.deadlineMs.high >>> 0).toNumber();
                if (object.detectedMs != null)
                    if (typeof object.detectedMs === "object" ? object.detectedMs.low || object.detectedMs.high : $Number(object.detectedMs) !== 0)
                        if ($util.Long)
                            message.detectedMs = $util.Long.fromValue(object.detectedMs, false);
                        else if (typeof object.detectedMs === "string")
                            message.detectedMs = $parseInt(object.detectedMs, 10);
                        else if (typeof object.detectedMs === "number")
                            message.detectedMs = object.detectedMs;
                        else if (typeof object.detectedMs === "object")
                            message.detectedMs = new $util.LongBits(object.detectedMs.low >>> 0, object.detectedMs.high >>> 0).toNumber();
                if (object.latenessMs != null)
                    if (typeof object.latenessMs === "object" ? object.latenessMs.low || object.latenessMs.high : $Number(object.latenessMs) !== 0)
                        if ($util.Long)
                            message.latenessMs = $util.Long.fromValue(object.latenessMs, false);
                        else if (typeof object.latenessMs === "string")
                            message.latenessMs = $parseInt(object.latenessMs, 10);
                        else if (typeof object.latenessMs === "number")
                            message.latenessMs = object.latenessMs;
                        else if (typeof object.latenessMs === "object")
                            message.latenessMs = new $util.LongBits(object.latenessMs.low >>> 0, object.latenessMs.high >>> 0).toNumber();
                if (object.uncoveredMs != null)
                    if (typeof object.uncoveredMs === "object" ? object.uncoveredMs.low || object.uncoveredMs.high : $Number(object.uncoveredMs) !== 0)
                        if ($util.Long)
                            message.uncoveredMs = $util.Long.fromValue(object.uncoveredMs, true);
                        else if (typeof object.uncoveredMs === "string")
                            message.uncoveredMs = $parseInt(object.uncoveredMs, 10);
                        else if (typeof object.uncoveredMs === "number")
                            message.uncoveredMs = object.uncoveredMs;
                        else if (typeof object.uncoveredMs === "object")
                            message.uncoveredMs = new $util.LongBits(object.uncoveredMs.low >>> 0, object.uncoveredMs.high >>> 0).toNumber(true);
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                if (object.ackBy != null)
                    if (typeof object.ackBy !== "string" || object.ackBy.length)
                        message.ackBy = $String(object.ackBy);
                if (object.ackReason != null)
                    if (typeof object.ackReason !== "string" || object.ackReason.length)
                        message.ackReason = $String(object.ackReason);
                if (object.revisedMs != null)
                    if (typeof object.revisedMs === "object" ? object.revisedMs.low || object.revisedMs.high : $Number(object.revisedMs) !== 0)
                        if ($util.Long)
                            message.revisedMs = $util.Long.fromValue(object.revisedMs, false);
                        else if (typeof object.revisedMs === "string")
                            message.revisedMs = $parseInt(object.revisedMs, 10);
                        else if (typeof object.revisedMs === "number")
                            message.revisedMs = object.revisedMs;
                        else if (typeof object.revisedMs === "object")
                            message.revisedMs = new $util.LongBits(object.revisedMs.low >>> 0, object.revisedMs.high >>> 0).toNumber();
                if (object.triggerKind !== 0 && (typeof object.triggerKind !== "string" || $root.bwc.v1.TriggerKind[object.triggerKind] !== 0))
                    switch (object.triggerKind) {
                    case "TRIGGER_KIND_UNSPECIFIED":
                    case 0:
                        message.triggerKind = 0;
                        break;
                    case "TRIGGER_KIND_HOLSTER_DRAW":
                    case 1:
                        message.triggerKind = 1;
                        break;
                    case "TRIGGER_KIND_LIGHTBAR":
                    case 2:
                        message.triggerKind = 2;
                        break;
                    case "TRIGGER_KIND_SIREN":
                    case 3:
                        message.triggerKind = 3;
                        break;
                    case "TRIGGER_KIND_TASER_ARMED":
                    case 4:
                        message.triggerKind = 4;
                        break;
                    case "TRIGGER_KIND_DOOR_OPEN":
                    case 5:
                        message.triggerKind = 5;
                        break;
                    case "TRIGGER_KIND_CRASH":
                    case 6:
                        message.triggerKind = 6;
                        break;
                    case "TRIGGER_KIND_SPEED":
                    case 7:
                        message.triggerKind = 7;
                        break;
                    case "TRIGGER_KIND_GUNSHOT":
                    case 8:
                        message.triggerKind = 8;
                        break;
                    case "TRIGGER_KIND_MANUAL_MARKER":
                    case 9:
                        message.triggerKind = 9;
                        break;
                    default:
                        if (typeof object.triggerKind === "number" && (object.triggerKind | 0) === object.triggerKind)
                            message.triggerKind = object.triggerKind;
                    }
                if (object.officerId != null)
                    if (typeof object.officerId !== "string" || object.officerId.length)
                        message.officerId = $String(object.officerId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an Alert message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Alert
             * @static
             * @param {bwc.v1.Alert} message Alert
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Alert.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.alertId = "";
                    object.revision = 0;
                    object.kind = options.enums === $String ? "ALERT_KIND_UNSPECIFIED" : 0;
                    object.severity = options.enums === $String ? "ALERT_SEVERITY_UNSPECIFIED" : 0;
                    object.status = options.enums === $String ? "ALERT_STATUS_UNSPECIFIED" : 0;
                    object.deviceId = "";
                    object.activityId = "";
                    object.activityType = options.enums === $String ? "ACTIVITY_TYPE_UNSPECIFIED" : 0;
                    object.cause = "";
                    object.resolution = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.obligationStartMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.obligationStartMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.deadlineMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.deadlineMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.detectedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.detectedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.latenessMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.latenessMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uncoveredMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uncoveredMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.detail = "";
                    object.ackBy = "";
                    object.ackReason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.revisedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.revisedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.triggerKind = options.enums === $String ? "TRIGGER_KIND_UNSPECIFIED" : 0;
                    object.officerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.alertId != null && $Object.hasOwnProperty.call(message, "alertId"))
                    object.alertId = message.alertId;
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    object.revision = message.revision;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.bwc.v1.AlertKind[message.kind] === $undefined ? message.kind : $root.bwc.v1.AlertKind[message.kind] : message.kind;
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                    object.severity = options.enums === $String ? $root.bwc.v1.AlertSeverity[message.severity] === $undefined ? message.severity : $root.bwc.v1.AlertSeverity[message.severity] : message.severity;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.bwc.v1.AlertStatus[message.status] === $undefined ? message.status : $root.bwc.v1.AlertStatus[message.status] : message.status;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId"))
                    object.activityId = message.activityId;
                if (message.activityType != null && $Object.hasOwnProperty.call(message, "activityType"))
                    object.activityType = options.enums === $String ? $root.bwc.v1.ActivityType[message.activityType] === $undefined ? message.activityType : $root.bwc.v1.ActivityType[message.activityType] : message.activityType;
                if (message.cause != null && $Object.hasOwnProperty.call(message, "cause"))
                    object.cause = message.cause;
                if (message.resolution != null && $Object.hasOwnProperty.call(message, "resolution"))
                    object.resolution = message.resolution;
                if (message.obligationStartMs != null && $Object.hasOwnProperty.call(message, "obligationStartMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.obligationStartMs = typeof message.obligationStartMs === "number" ? $BigInt(message.obligationStartMs) : $util.Long.fromBits(message.obligationStartMs.low >>> 0, message.obligationStartMs.high >>> 0, false).toBigInt();
                    else if (typeof message.obligationStartMs === "number")
                        object.obligationStartMs = options.longs === $String ? $String(message.obligationStartMs) : message.obligationStartMs;
                    else
                        object.obligationStartMs = options.longs === $String ? $util.Long.prototype.toString.call(message.obligationStartMs) : options.longs === $Number ? new $util.LongBits(message.obligationStartMs.low >>> 0, message.obligationStartMs.high >>> 0).toNumber() : message.obligationStartMs;
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.deadlineMs = typeof message.deadlineMs === "number" ? $BigInt(message.deadlineMs) : $util.Long.fromBits(message.deadlineMs.low >>> 0, message.deadlineMs.high >>> 0, false).toBigInt();
                    else if (typeof message.deadlineMs === "number")
                        object.deadlineMs = options.longs === $String ? $String(message.deadlineMs) : message.deadlineMs;
                    else
                        object.deadlineMs = options.longs === $String ? $util.Long.prototype.toString.call(message.deadlineMs) : options.longs === $Number ? new $util.LongBits(message.deadlineMs.low >>> 0, message.deadlineMs.high >>> 0).toNumber() : message.deadlineMs;
                if (message.detectedMs != null && $Object.hasOwnProperty.call(message, "detectedMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.detectedMs = typeof message.detectedMs === "number" ? $BigInt(message.detectedMs) : $util.Long.fromBits(message.detectedMs.low >>> 0, message.detectedMs.high >>> 0, false).toBigInt();
                    else if (typeof message.detectedMs === "number")
                        object.detectedMs = options.longs === $String ? $String(message.detectedMs) : message.detectedMs;
                    else
                        object.detectedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.detectedMs) : options.longs === $Number ? new $util.LongBits(message.detectedMs.low >>> 0, message.detectedMs.high >>> 0).toNumber() : message.detectedMs;
                if (message.latenessMs != null && $Object.hasOwnProperty.call(message, "latenessMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.latenessMs = typeof message.latenessMs === "number" ? $BigInt(message.latenessMs) : $util.Long.fromBits(message.latenessMs.low >>> 0, message.latenessMs.high >>> 0, false).toBigInt();
                    else if (typeof message.latenessMs === "number")
                        object.latenessMs = options.longs === $String ? $String(message.latenessMs) : message.latenessMs;
                    else
                        object.latenessMs = options.longs === $String ? $util.Long.prototype.toString.call(message.latenessMs) : options.longs === $Number ? new $util.LongBits(message.latenessMs.low >>> 0, message.latenessMs.high >>> 0).toNumber() : message.latenessMs;
                if (message.uncoveredMs != null && $Object.hasOwnProperty.call(message, "uncoveredMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uncoveredMs = typeof message.uncoveredMs === "number" ? $BigInt(message.uncoveredMs) : $util.Long.fromBits(message.uncoveredMs.low >>> 0, message.uncoveredMs.high >>> 0, true).toBigInt();
                    else if (typeof message.uncoveredMs === "number")
                        object.uncoveredMs = options.longs === $String ? $String(message.uncoveredMs) : message.uncoveredMs;
                    else
                        object.uncoveredMs = options.longs === $String ? $util.Long.prototype.toString.call(message.uncoveredMs) : options.longs === $Number ? new $util.LongBits(message.uncoveredMs.low >>> 0, message.uncoveredMs.high >>> 0).toNumber(true) : message.uncoveredMs;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                if (message.ackBy != null && $Object.hasOwnProperty.call(message, "ackBy"))
                    object.ackBy = message.ackBy;
                if (message.ackReason != null && $Object.hasOwnProperty.call(message, "ackReason"))
                    object.ackReason = message.ackReason;
                if (message.revisedMs != null && $Object.hasOwnProperty.call(message, "revisedMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.revisedMs = typeof message.revisedMs === "number" ? $BigInt(message.revisedMs) : $util.Long.fromBits(message.revisedMs.low >>> 0, message.revisedMs.high >>> 0, false).toBigInt();
                    else if (typeof message.revisedMs === "number")
                        object.revisedMs = options.longs === $String ? $String(message.revisedMs) : message.revisedMs;
                    else
                        object.revisedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.revisedMs) : options.longs === $Number ? new $util.LongBits(message.revisedMs.low >>> 0, message.revisedMs.high >>> 0).toNumber() : message.revisedMs;
                if (message.triggerKind != null && $Object.hasOwnProperty.call(message, "triggerKind"))
                    object.triggerKind = options.enums === $String ? $root.bwc.v1.TriggerKind[message.triggerKind] === $undefined ? message.triggerKind : $root.bwc.v1.TriggerKind[message.triggerKind] : message.triggerKind;
                if (message.officerId != null && $Object.hasOwnProperty.call(message, "officerId"))
                    object.officerId = message.officerId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            /**
             * Converts this Alert to JSON.
             * @function toJSON
             * @memberof bwc.v1.Alert
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Alert.prototype.toJSON = function() {
                return Alert.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Alert
             * @function getTypeUrl
             * @memberof bwc.v1.Alert
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Alert.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Alert";
            };

            return Alert;
        })();

        /**
         * AssignmentAction enum.
         * @name bwc.v1.AssignmentAction
         * @enum {number}
         * @property {number} ASSIGNMENT_ACTION_UNSPECIFIED=0 ASSIGNMENT_ACTION_UNSPECIFIED value
         * @property {number} ASSIGNMENT_ACTION_ASSIGN=1 ASSIGNMENT_ACTION_ASSIGN value
         * @property {number} ASSIGNMENT_ACTION_UNASSIGN=2 ASSIGNMENT_ACTION_UNASSIGN value
         */
        v1.AssignmentAction = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ASSIGNMENT_ACTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ASSIGNMENT_ACTION_ASSIGN"] = 1;
            values[valuesById[2] = "ASSIGNMENT_ACTION_UNASSIGN"] = 2;
            return values;
        })();

        v1.Assignment = (function() {

            /**
             * Properties of an Assignment.
             * @typedef {Object} bwc.v1.Assignment.$Properties
             * @property {string|null} [officerId] Assignment officerId
             * @property {string|null} [deviceId] Assignment deviceId
             * @property {bwc.v1.AssignmentAction|null} [action] Assignment action
             * @property {number|null} [timeMs] Assignment timeMs
             * @property {string|null} [source] Assignment source
             * @property {string|null} [unit] Assignment unit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Assignment.
             * @memberof bwc.v1
             * @interface IAssignment
             * @augments bwc.v1.Assignment.$Properties
             * @deprecated Use bwc.v1.Assignment.$Properties instead.
             */

            /**
             * Shape of an Assignment.
             * @typedef {bwc.v1.Assignment.$Properties} bwc.v1.Assignment.$Shape
             */

            /**
             * Constructs a new Assignment.
             * @memberof bwc.v1
             * @classdesc Represents an Assignment.
             * @constructor
             * @param {bwc.v1.Assignment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Assignment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Assignment officerId.
             * @member {string} officerId
             * @memberof bwc.v1.Assignment
             * @instance
             */
            Assignment.prototype.officerId = "";

            /**
             * Assignment deviceId.
             * @member {string} deviceId
             * @memberof bwc.v1.Assignment
             * @instance
             */
            Assignment.prototype.deviceId = "";

            /**
             * Assignment action.
             * @member {bwc.v1.AssignmentAction} action
             * @memberof bwc.v1.Assignment
             * @instance
             */
            Assignment.prototype.action = 0;

            /**
             * Assignment timeMs.
             * @member {number} timeMs
             * @memberof bwc.v1.Assignment
             * @instance
             */
            Assignment.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Assignment source.
             * @member {string} source
             * @memberof bwc.v1.Assignment
             * @instance
             */
            Assignment.prototype.source = "";

            /**
             * Assignment unit.
             * @member {string} unit
             * @memberof bwc.v1.Assignment
             * @instance
             */
            Assignment.prototype.unit = "";

            /**
             * Creates a new Assignment instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Assignment
             * @static
             * @param {bwc.v1.Assignment.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Assignment} Assignment instance
             * @type {{
             *   (properties: bwc.v1.Assignment.$Shape): bwc.v1.Assignment & bwc.v1.Assignment.$Shape;
             *   (properties?: bwc.v1.Assignment.$Properties): bwc.v1.Assignment;
             * }}
             */
            Assignment.create = function(properties) {
                return new Assignment(properties);
            };

            /**
             * Encodes the specified Assignment message. Does not implicitly {@link bwc.v1.Assignment.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Assignment
             * @static
             * @param {bwc.v1.Assignment.$Properties} message Assignment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Assignment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.officerId != null && $Object.hasOwnProperty.call(message, "officerId") && message.officerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.officerId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.action);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timeMs);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.source);
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && message.unit !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.unit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Assignment message, length delimited. Does not implicitly {@link bwc.v1.Assignment.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Assignment
             * @static
             * @param {bwc.v1.Assignment.$Properties} message Assignment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Assignment.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Assignment message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Assignment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Assignment & bwc.v1.Assignment.$Shape} Assignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Assignment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Assignment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.officerId = value;
                            else
                                delete message.officerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unit = value;
                            else
                                delete message.unit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Assignment message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Assignment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Assignment & bwc.v1.Assignment.$Shape} Assignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Assignment.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Assignment message.
             * @function verify
             * @memberof bwc.v1.Assignment
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Assignment.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.officerId != null && $Object.hasOwnProperty.call(message, "officerId"))
                    if (!$util.isString(message.officerId))
                        return "officerId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    if (typeof message.action !== "number" || (message.action | 0) !== message.action)
                        return "action: enum value expected";
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (!$util.isInteger(message.timeMs) && !(message.timeMs && $util.isInteger(message.timeMs.low) && $util.isInteger(message.timeMs.high)))
                        return "timeMs: integer|Long expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                    if (!$util.isString(message.unit))
                        return "unit: string expected";
                return null;
            };

            /**
             * Creates an Assignment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Assignment
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Assignment} Assignment
             */
            Assignment.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Assignment)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Assignment: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Assignment();
                if (object.officerId != null)
                    if (typeof object.officerId !== "string" || object.officerId.length)
                        message.officerId = $String(object.officerId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.action !== 0 && (typeof object.action !== "string" || $root.bwc.v1.AssignmentAction[object.action] !== 0))
                    switch (object.action) {
                    case "ASSIGNMENT_ACTION_UNSPECIFIED":
                    case 0:
                        message.action = 0;
                        break;
                    case "ASSIGNMENT_ACTION_ASSIGN":
                    case 1:
                        message.action = 1;
                        break;
                    case "ASSIGNMENT_ACTION_UNASSIGN":
                    case 2:
                        message.action = 2;
                        break;
                    default:
                        if (typeof object.action === "number" && (object.action | 0) === object.action)
                            message.action = object.action;
                    }
                if (object.timeMs != null)
                    if (typeof object.timeMs === "object" ? object.timeMs.low || object.timeMs.high : $Number(object.timeMs) !== 0)
                        if ($util.Long)
                            message.timeMs = $util.Long.fromValue(object.timeMs, false);
                        else if (typeof object.timeMs === "string")
                            message.timeMs = $parseInt(object.timeMs, 10);
                        else if (typeof object.timeMs === "number")
                            message.timeMs = object.timeMs;
                        else if (typeof object.timeMs === "object")
                            message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber();
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.unit != null)
                    if (typeof object.unit !== "string" || object.unit.length)
                        message.unit = $String(object.unit);
                return message;
            };

            /**
             * Creates a plain object from an Assignment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Assignment
             * @static
             * @param {bwc.v1.Assignment} message Assignment
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Assignment.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.officerId = "";
                    object.deviceId = "";
                    object.action = options.enums === $String ? "ASSIGNMENT_ACTION_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.source = "";
                    object.unit = "";
                }
                if (message.officerId != null && $Object.hasOwnProperty.call(message, "officerId"))
                    object.officerId = message.officerId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    object.action = options.enums === $String ? $root.bwc.v1.AssignmentAction[message.action] === $undefined ? message.action : $root.bwc.v1.AssignmentAction[message.action] : message.action;
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeMs = typeof message.timeMs === "number" ? $BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeMs === "number")
                        object.timeMs = options.longs === $String ? $String(message.timeMs) : message.timeMs;
                    else
                        object.timeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === $Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber() : message.timeMs;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                    object.unit = message.unit;
                return object;
            };

            /**
             * Converts this Assignment to JSON.
             * @function toJSON
             * @memberof bwc.v1.Assignment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Assignment.prototype.toJSON = function() {
                return Assignment.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Assignment
             * @function getTypeUrl
             * @memberof bwc.v1.Assignment
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Assignment.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Assignment";
            };

            return Assignment;
        })();

        v1.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} bwc.v1.Command.$Properties
             * @property {string|null} [commandId] Command commandId
             * @property {string|null} [deviceId] Command deviceId
             * @property {number|null} [issuedMs] Command issuedMs
             * @property {number|null} [expiresMs] Command expiresMs
             * @property {bwc.v1.StartRecording.$Properties|null} [startRecording] Command startRecording
             * @property {bwc.v1.StopRecording.$Properties|null} [stopRecording] Command stopRecording
             * @property {bwc.v1.Reboot.$Properties|null} [reboot] Command reboot
             * @property {bwc.v1.Ping.$Properties|null} [ping] Command ping
             * @property {bwc.v1.SetSettings.$Properties|null} [setSettings] Command setSettings
             * @property {bwc.v1.SyncTime.$Properties|null} [syncTime] Command syncTime
             * @property {bwc.v1.Locate.$Properties|null} [locate] Command locate
             * @property {bwc.v1.RequestStatus.$Properties|null} [requestStatus] Command requestStatus
             * @property {"startRecording"|"stopRecording"|"reboot"|"ping"|"setSettings"|"syncTime"|"locate"|"requestStatus"} [action] Command action
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof bwc.v1
             * @interface ICommand
             * @augments bwc.v1.Command.$Properties
             * @deprecated Use bwc.v1.Command.$Properties instead.
             */

            /**
             * Narrowed shape of a Command.
             * @typedef {{
             *   commandId?: string|null;
             *   deviceId?: string|null;
             *   issuedMs?: number|null;
             *   expiresMs?: number|null;
             *   startRecording?: bwc.v1.StartRecording.$Shape|null;
             *   stopRecording?: bwc.v1.StopRecording.$Shape|null;
             *   reboot?: bwc.v1.Reboot.$Shape|null;
             *   ping?: bwc.v1.Ping.$Shape|null;
             *   setSettings?: bwc.v1.SetSettings.$Shape|null;
             *   syncTime?: bwc.v1.SyncTime.$Shape|null;
             *   locate?: bwc.v1.Locate.$Shape|null;
             *   requestStatus?: bwc.v1.RequestStatus.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ action?: undefined; startRecording?: null; stopRecording?: null; reboot?: null; ping?: null; setSettings?: null; syncTime?: null; locate?: null; requestStatus?: null }|{ action?: "startRecording"; startRecording: bwc.v1.StartRecording.$Shape; stopRecording?: null; reboot?: null; ping?: null; setSettings?: null; syncTime?: null; locate?: null; requestStatus?: null }|{ action?: "stopRecording"; startRecording?: null; stopRecording: bwc.v1.StopRecording.$Shape; reboot?: null; ping?: null; setSettings?: null; syncTime?: null; locate?: null; requestStatus?: null }|{ action?: "reboot"; startRecording?: null; stopRecording?: null; reboot: bwc.v1.Reboot.$Shape; ping?: null; setSettings?: null; syncTime?: null; locate?: null; requestStatus?: null }|{ action?: "ping"; startRecording?: null; stopRecording?: null; reboot?: null; ping: bwc.v1.Ping.$Shape; setSettings?: null; syncTime?: null; locate?: null; requestStatus?: null }|{ action?: "setSettings"; startRecording?: null; stopRecording?: null; reboot?: null; ping?: null; setSettings: bwc.v1.SetSettings.$Shape; syncTime?: null; locate?: null; requestStatus?: null }|{ action?: "syncTime"; startRecording?: null; stopRecording?: null; reboot?: null; ping?: null; setSettings?: null; syncTime: bwc.v1.SyncTime.$Shape; locate?: null; requestStatus?: null }|{ action?: "locate"; startRecording?: null; stopRecording?: null; reboot?: null; ping?: null; setSettings?: null; syncTime?: null; locate: bwc.v1.Locate.$Shape; requestStatus?: null }|{ action?: "requestStatus"; startRecording?: null; stopRecording?: null; reboot?: null; ping?: null; setSettings?: null; syncTime?: null; locate?: null; requestStatus: bwc.v1.RequestStatus.$Shape })
             * )} bwc.v1.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof bwc.v1
             * @classdesc Represents a Command.
             * @constructor
             * @param {bwc.v1.Command.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Command commandId.
             * @member {string} commandId
             * @memberof bwc.v1.Command
             * @instance
             */
            Command.prototype.commandId = "";

            /**
             * Command deviceId.
             * @member {string} deviceId
             * @memberof bwc.v1.Command
             * @instance
             */
            Command.prototype.deviceId = "";

            /**
             * Command issuedMs.
             * @member {number} issuedMs
             * @memberof bwc.v1.Command
             * @instance
             */
            Command.prototype.issuedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Command expiresMs.
             * @member {number} expiresMs
             * @memberof bwc.v1.Command
             * @instance
             */
            Command.prototype.expiresMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Command startRecording.
             * @member {bwc.v1.StartRecording.$Properties|null|undefined} startRecording
             * @memberof bwc.v1.Command
             * @instance
             */
            Command.prototype.startRecording = null;

            /**
             * Command stopRecording.
             * @member {bwc.v1.StopRecording.$Properties|null|undefined} stopRecording
             * @memberof bwc.v1.Command
             * @instance
             */
            Command.prototype.stopRecording = null;

            /**
             * Command reboot.
             * @member {bwc.v1.Reboot.$Properties|null|undefined} reboot
             * @memberof bwc.v1.Command
             * @instance
             */
            Command.prototype.reboot = null;

            /**
             * Command ping.
             * @member {bwc.v1.Ping.$Properties|null|undefined} ping
             * @memberof bwc.v1.Command
             * @instance
             */
            Command.prototype.ping = null;

            /**
             * Command setSettings.
             * @member {bwc.v1.SetSettings.$Properties|null|undefined} setSettings
             * @memberof bwc.v1.Command
             * @instance
             */
            Command.prototype.setSettings = null;

            /**
             * Command syncTime.
             * @member {bwc.v1.SyncTime.$Properties|null|undefined} syncTime
             * @memberof bwc.v1.Command
             * @instance
             */
            Command.prototype.syncTime = null;

            /**
             * Command locate.
             * @member {bwc.v1.Locate.$Properties|null|undefined} locate
             * @memberof bwc.v1.Command
             * @instance
             */
            Command.prototype.locate = null;

            /**
             * Command requestStatus.
             * @member {bwc.v1.RequestStatus.$Properties|null|undefined} requestStatus
             * @memberof bwc.v1.Command
             * @instance
             */
            Command.prototype.requestStatus = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Command action.
             * @member {"startRecording"|"stopRecording"|"reboot"|"ping"|"setSettings"|"syncTime"|"locate"|"requestStatus"|undefined} action
             * @memberof bwc.v1.Command
             * @instance
             */
            $Object.defineProperty(Command.prototype, "action", {
                get: $util.oneOfGetter($oneOfFields = ["startRecording", "stopRecording", "reboot", "ping", "setSettings", "syncTime", "locate", "requestStatus"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Command
             * @static
             * @param {bwc.v1.Command.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Command} Command instance
             * @type {{
             *   (properties: bwc.v1.Command.$Shape): bwc.v1.Command & bwc.v1.Command.$Shape;
             *   (properties?: bwc.v1.Command.$Properties): bwc.v1.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link bwc.v1.Command.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Command
             * @static
             * @param {bwc.v1.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                if (message.issuedMs != null && $Object.hasOwnProperty.call(message, "issuedMs") && (typeof message.issuedMs === "object" ? message.issuedMs.low || message.issuedMs.high : message.issuedMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.issuedMs);
                if (message.expiresMs != null && $Object.hasOwnProperty.call(message, "expiresMs") && (typeof message.expiresMs === "object" ? message.expiresMs.low || message.expiresMs.high : message.expiresMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.expiresMs);
                if (message.startRecording != null && $Object.hasOwnProperty.call(message, "startRecording"))
                    $root.bwc.v1.StartRecording.encode(message.startRecording, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.stopRecording != null && $Object.hasOwnProperty.call(message, "stopRecording"))
                    $root.bwc.v1.StopRecording.encode(message.stopRecording, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.reboot != null && $Object.hasOwnProperty.call(message, "reboot"))
                    $root.bwc.v1.Reboot.encode(message.reboot, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.bwc.v1.Ping.encode(message.ping, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.setSettings != null && $Object.hasOwnProperty.call(message, "setSettings"))
                    $root.bwc.v1.SetSettings.encode(message.setSettings, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.syncTime != null && $Object.hasOwnProperty.call(message, "syncTime"))
                    $root.bwc.v1.SyncTime.encode(message.syncTime, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.locate != null && $Object.hasOwnProperty.call(message, "locate"))
                    $root.bwc.v1.Locate.encode(message.locate, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.requestStatus != null && $Object.hasOwnProperty.call(message, "requestStatus"))
                    $root.bwc.v1.RequestStatus.encode(message.requestStatus, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Command message, length delimited. Does not implicitly {@link bwc.v1.Command.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Command
             * @static
             * @param {bwc.v1.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Command & bwc.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Command();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedMs = value;
                            else
                                delete message.issuedMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresMs = value;
                            else
                                delete message.expiresMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.startRecording = $root.bwc.v1.StartRecording.decode(reader, reader.size(), $undefined, _depth + 1, message.startRecording);
                            message.action = "startRecording";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.stopRecording = $root.bwc.v1.StopRecording.decode(reader, reader.size(), $undefined, _depth + 1, message.stopRecording);
                            message.action = "stopRecording";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.reboot = $root.bwc.v1.Reboot.decode(reader, reader.size(), $undefined, _depth + 1, message.reboot);
                            message.action = "reboot";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.bwc.v1.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.action = "ping";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.setSettings = $root.bwc.v1.SetSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.setSettings);
                            message.action = "setSettings";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.syncTime = $root.bwc.v1.SyncTime.decode(reader, reader.size(), $undefined, _depth + 1, message.syncTime);
                            message.action = "syncTime";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.locate = $root.bwc.v1.Locate.decode(reader, reader.size(), $undefined, _depth + 1, message.locate);
                            message.action = "locate";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.requestStatus = $root.bwc.v1.RequestStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.requestStatus);
                            message.action = "requestStatus";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Command message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Command & bwc.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Command message.
             * @function verify
             * @memberof bwc.v1.Command
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Command.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    if (!$util.isString(message.commandId))
                        return "commandId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.issuedMs != null && $Object.hasOwnProperty.call(message, "issuedMs"))
                    if (!$util.isInteger(message.issuedMs) && !(message.issuedMs && $util.isInteger(message.issuedMs.low) && $util.isInteger(message.issuedMs.high)))
                        return "issuedMs: integer|Long expected";
                if (message.expiresMs != null && $Object.hasOwnProperty.call(message, "expiresMs"))
                    if (!$util.isInteger(message.expiresMs) && !(message.expiresMs && $util.isInteger(message.expiresMs.low) && $util.isInteger(message.expiresMs.high)))
                        return "expiresMs: integer|Long expected";
                if (message.startRecording != null && $Object.hasOwnProperty.call(message, "startRecording")) {
                    properties.action = 1;
                    {
                        let error = $root.bwc.v1.StartRecording.verify(message.startRecording, _depth + 1);
                        if (error)
                            return "startRecording." + error;
                    }
                }
                if (message.stopRecording != null && $Object.hasOwnProperty.call(message, "stopRecording")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.bwc.v1.StopRecording.verify(message.stopRecording, _depth + 1);
                        if (error)
                            return "stopRecording." + error;
                    }
                }
                if (message.reboot != null && $Object.hasOwnProperty.call(message, "reboot")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.bwc.v1.Reboot.verify(message.reboot, _depth + 1);
                        if (error)
                            return "reboot." + error;
                    }
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.bwc.v1.Ping.verify(message.ping, _depth + 1);
                        if (error)
                            return "ping." + error;
                    }
                }
                if (message.setSettings != null && $Object.hasOwnProperty.call(message, "setSettings")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.bwc.v1.SetSettings.verify(message.setSettings, _depth + 1);
                        if (error)
                            return "setSettings." + error;
                    }
                }
                if (message.syncTime != null && $Object.hasOwnProperty.call(message, "syncTime")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.bwc.v1.SyncTime.verify(message.syncTime, _depth + 1);
                        if (error)
                            return "syncTime." + error;
                    }
                }
                if (message.locate != null && $Object.hasOwnProperty.call(message, "locate")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.bwc.v1.Locate.verify(message.locate, _depth + 1);
                        if (error)
                            return "locate." + error;
                    }
                }
                if (message.requestStatus != null && $Object.hasOwnProperty.call(message, "requestStatus")) {
                    if (properties.action === 1)
                        return "action: multiple values";
                    properties.action = 1;
                    {
                        let error = $root.bwc.v1.RequestStatus.verify(message.requestStatus, _depth + 1);
                        if (error)
                            return "requestStatus." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Command
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Command} Command
             */
            Command.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Command)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Command: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Command();
                if (object.commandId != null)
                    if (typeof object.commandId !== "string" || object.commandId.length)
                        message.commandId = $String(object.commandId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.issuedMs != null)
                    if (typeof object.issuedMs === "object" ? object.issuedMs.low || object.issuedMs.high : $Number(object.issuedMs) !== 0)
                        if ($util.Long)
                            message.issuedMs = $util.Long.fromValue(object.issuedMs, false);
                        else if (typeof object.issuedMs === "string")
                            message.issuedMs = $parseInt(object.issuedMs, 10);
                        else if (typeof object.issuedMs === "number")
                            message.issuedMs = object.issuedMs;
                        else if (typeof object.issuedMs === "object")
                            message.issuedMs = new $util.LongBits(object.issuedMs.low >>> 0, object.issuedMs.high >>> 0).toNumber();
                if (object.expiresMs != null)
                    if (typeof object.expiresMs === "object" ? object.expiresMs.low || object.expiresMs.high : $Number(object.expiresMs) !== 0)
                        if ($util.Long)
                            message.expiresMs = $util.Long.fromValue(object.expiresMs, false);
                        else if (typeof object.expiresMs === "string")
                            message.expiresMs = $parseInt(object.expiresMs, 10);
                        else if (typeof object.expiresMs === "number")
                            message.expiresMs = object.expiresMs;
                        else if (typeof object.expiresMs === "object")
                            message.expiresMs = new $util.LongBits(object.expiresMs.low >>> 0, object.expiresMs.high >>> 0).toNumber();
                if (object.startRecording != null) {
                    if (!$util.isObject(object.startRecording))
                        throw $TypeError(".bwc.v1.Command.startRecording: object expected");
                    message.startRecording = $root.bwc.v1.StartRecording.fromObject(object.startRecording, _depth + 1);
                }
                if (object.stopRecording != null) {
                    if (!$util.isObject(object.stopRecording))
                        throw $TypeError(".bwc.v1.Command.stopRecording: object expected");
                    message.stopRecording = $root.bwc.v1.StopRecording.fromObject(object.stopRecording, _depth + 1);
                }
                if (object.reboot != null) {
                    if (!$util.isObject(object.reboot))
                        throw $TypeError(".bwc.v1.Command.reboot: object expected");
                    message.reboot = $root.bwc.v1.Reboot.fromObject(object.reboot, _depth + 1);
                }
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw $TypeError(".bwc.v1.Command.ping: object expected");
                    message.ping = $root.bwc.v1.Ping.fromObject(object.ping, _depth + 1);
                }
                if (object.setSettings != null) {
                    if (!$util.isObject(object.setSettings))
                        throw $TypeError(".bwc.v1.Command.setSettings: object expected");
                    message.setSettings = $root.bwc.v1.SetSettings.fromObject(object.setSettings, _depth + 1);
                }
                if (object.syncTime != null) {
                    if (!$util.isObject(object.syncTime))
                        throw $TypeError(".bwc.v1.Command.syncTime: object expected");
                    message.syncTime = $root.bwc.v1.SyncTime.fromObject(object.syncTime, _depth + 1);
                }
                if (object.locate != null) {
                    if (!$util.isObject(object.locate))
                        throw $TypeError(".bwc.v1.Command.locate: object expected");
                    message.locate = $root.bwc.v1.Locate.fromObject(object.locate, _depth + 1);
                }
                if (object.requestStatus != null) {
                    if (!$util.isObject(object.requestStatus))
                        throw $TypeError(".bwc.v1.Command.requestStatus: object expected");
                    message.requestStatus = $root.bwc.v1.RequestStatus.fromObject(object.requestStatus, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Command
             * @static
             * @param {bwc.v1.Command} message Command
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Command.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.commandId = "";
                    object.deviceId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.issuedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.expiresMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    object.commandId = message.commandId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.issuedMs != null && $Object.hasOwnProperty.call(message, "issuedMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedMs = typeof message.issuedMs === "number" ? $BigInt(message.issuedMs) : $util.Long.fromBits(message.issuedMs.low >>> 0, message.issuedMs.high >>> 0, false).toBigInt();
                    else if (typeof message.issuedMs === "number")
                        object.issuedMs = options.longs === $String ? $String(message.issuedMs) : message.issuedMs;
                    else
                        object.issuedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedMs) : options.longs === $Number ? new $util.LongBits(message.issuedMs.low >>> 0, message.issuedMs.high >>> 0).toNumber() : message.issuedMs;
                if (message.expiresMs != null && $Object.hasOwnProperty.call(message, "expiresMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresMs = typeof message.expiresMs === "number" ? $BigInt(message.expiresMs) : $util.Long.fromBits(message.expiresMs.low >>> 0, message.expiresMs.high >>> 0, false).toBigInt();
                    else if (typeof message.expiresMs === "number")
                        object.expiresMs = options.longs === $String ? $String(message.expiresMs) : message.expiresMs;
                    else
                        object.expiresMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresMs) : options.longs === $Number ? new $util.LongBits(message.expiresMs.low >>> 0, message.expiresMs.high >>> 0).toNumber() : message.expiresMs;
                if (message.startRecording != null && $Object.hasOwnProperty.call(message, "startRecording")) {
                    object.startRecording = $root.bwc.v1.StartRecording.toObject(message.startRecording, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "startRecording";
                }
                if (message.stopRecording != null && $Object.hasOwnProperty.call(message, "stopRecording")) {
                    object.stopRecording = $root.bwc.v1.StopRecording.toObject(message.stopRecording, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "stopRecording";
                }
                if (message.reboot != null && $Object.hasOwnProperty.call(message, "reboot")) {
                    object.reboot = $root.bwc.v1.Reboot.toObject(message.reboot, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "reboot";
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.bwc.v1.Ping.toObject(message.ping, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "ping";
                }
                if (message.setSettings != null && $Object.hasOwnProperty.call(message, "setSettings")) {
                    object.setSettings = $root.bwc.v1.SetSettings.toObject(message.setSettings, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "setSettings";
                }
                if (message.syncTime != null && $Object.hasOwnProperty.call(message, "syncTime")) {
                    object.syncTime = $root.bwc.v1.SyncTime.toObject(message.syncTime, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "syncTime";
                }
                if (message.locate != null && $Object.hasOwnProperty.call(message, "locate")) {
                    object.locate = $root.bwc.v1.Locate.toObject(message.locate, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "locate";
                }
                if (message.requestStatus != null && $Object.hasOwnProperty.call(message, "requestStatus")) {
                    object.requestStatus = $root.bwc.v1.RequestStatus.toObject(message.requestStatus, options, _depth + 1);
                    if (options.oneofs)
                        object.action = "requestStatus";
                }
                return object;
            };

            /**
             * Converts this Command to JSON.
             * @function toJSON
             * @memberof bwc.v1.Command
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Command
             * @function getTypeUrl
             * @memberof bwc.v1.Command
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Command";
            };

            return Command;
        })();

        v1.StartRecording = (function() {

            /**
             * Properties of a StartRecording.
             * @typedef {Object} bwc.v1.StartRecording.$Properties
             * @property {string|null} [reason] StartRecording reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartRecording.
             * @memberof bwc.v1
             * @interface IStartRecording
             * @augments bwc.v1.StartRecording.$Properties
             * @deprecated Use bwc.v1.StartRecording.$Properties instead.
             */

            /**
             * Shape of a StartRecording.
             * @typedef {bwc.v1.StartRecording.$Properties} bwc.v1.StartRecording.$Shape
             */

            /**
             * Constructs a new StartRecording.
             * @memberof bwc.v1
             * @classdesc Represents a StartRecording.
             * @constructor
             * @param {bwc.v1.StartRecording.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartRecording = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StartRecording reason.
             * @member {string} reason
             * @memberof bwc.v1.StartRecording
             * @instance
             */
            StartRecording.prototype.reason = "";

            /**
             * Creates a new StartRecording instance using the specified properties.
             * @function create
             * @memberof bwc.v1.StartRecording
             * @static
             * @param {bwc.v1.StartRecording.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.StartRecording} StartRecording instance
             * @type {{
             *   (properties: bwc.v1.StartRecording.$Shape): bwc.v1.StartRecording & bwc.v1.StartRecording.$Shape;
             *   (properties?: bwc.v1.StartRecording.$Properties): bwc.v1.StartRecording;
             * }}
             */
            StartRecording.create = function(properties) {
                return new StartRecording(properties);
            };

            /**
             * Encodes the specified StartRecording message. Does not implicitly {@link bwc.v1.StartRecording.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.StartRecording
             * @static
             * @param {bwc.v1.StartRecording.$Properties} message StartRecording message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartRecording.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StartRecording message, length delimited. Does not implicitly {@link bwc.v1.StartRecording.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.StartRecording
             * @static
             * @param {bwc.v1.StartRecording.$Properties} message StartRecording message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartRecording.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StartRecording message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.StartRecording
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.StartRecording & bwc.v1.StartRecording.$Shape} StartRecording
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartRecording.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.StartRecording();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StartRecording message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.StartRecording
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.StartRecording & bwc.v1.StartRecording.$Shape} StartRecording
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartRecording.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StartRecording message.
             * @function verify
             * @memberof bwc.v1.StartRecording
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StartRecording.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a StartRecording message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.StartRecording
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.StartRecording} StartRecording
             */
            StartRecording.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.StartRecording)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.StartRecording: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.StartRecording();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a StartRecording message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.StartRecording
             * @static
             * @param {bwc.v1.StartRecording} message StartRecording
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StartRecording.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.reason = "";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this StartRecording to JSON.
             * @function toJSON
             * @memberof bwc.v1.StartRecording
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StartRecording.prototype.toJSON = function() {
                return StartRecording.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StartRecording
             * @function getTypeUrl
             * @memberof bwc.v1.StartRecording
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StartRecording.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.StartRecording";
            };

            return StartRecording;
        })();

        v1.StopRecording = (function() {

            /**
             * Properties of a StopRecording.
             * @typedef {Object} bwc.v1.StopRecording.$Properties
             * @property {string|null} [reason] StopRecording reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StopRecording.
             * @memberof bwc.v1
             * @interface IStopRecording
             * @augments bwc.v1.StopRecording.$Properties
             * @deprecated Use bwc.v1.StopRecording.$Properties instead.
             */

            /**
             * Shape of a StopRecording.
             * @typedef {bwc.v1.StopRecording.$Properties} bwc.v1.StopRecording.$Shape
             */

            /**
             * Constructs a new StopRecording.
             * @memberof bwc.v1
             * @classdesc Represents a StopRecording.
             * @constructor
             * @param {bwc.v1.StopRecording.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StopRecording = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StopRecording reason.
             * @member {string} reason
             * @memberof bwc.v1.StopRecording
             * @instance
             */
            StopRecording.prototype.reason = "";

            /**
             * Creates a new StopRecording instance using the specified properties.
             * @function create
             * @memberof bwc.v1.StopRecording
             * @static
             * @param {bwc.v1.StopRecording.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.StopRecording} StopRecording instance
             * @type {{
             *   (properties: bwc.v1.StopRecording.$Shape): bwc.v1.StopRecording & bwc.v1.StopRecording.$Shape;
             *   (properties?: bwc.v1.StopRecording.$Properties): bwc.v1.StopRecording;
             * }}
             */
            StopRecording.create = function(properties) {
                return new StopRecording(properties);
            };

            /**
             * Encodes the specified StopRecording message. Does not implicitly {@link bwc.v1.StopRecording.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.StopRecording
             * @static
             * @param {bwc.v1.StopRecording.$Properties} message StopRecording message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopRecording.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified StopRecording message, length delimited. Does not implicitly {@link bwc.v1.StopRecording.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.StopRecording
             * @static
             * @param {bwc.v1.StopRecording.$Properties} message StopRecording message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StopRecording.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StopRecording message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.StopRecording
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.StopRecording & bwc.v1.StopRecording.$Shape} StopRecording
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopRecording.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.StopRecording();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a StopRecording message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.StopRecording
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.StopRecording & bwc.v1.StopRecording.$Shape} StopRecording
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StopRecording.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StopRecording message.
             * @function verify
             * @memberof bwc.v1.StopRecording
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StopRecording.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a StopRecording message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.StopRecording
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.StopRecording} StopRecording
             */
            StopRecording.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.StopRecording)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.StopRecording: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.StopRecording();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a StopRecording message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.StopRecording
             * @static
             * @param {bwc.v1.StopRecording} message StopRecording
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StopRecording.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.reason = "";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this StopRecording to JSON.
             * @function toJSON
             * @memberof bwc.v1.StopRecording
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StopRecording.prototype.toJSON = function() {
                return StopRecording.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StopRecording
             * @function getTypeUrl
             * @memberof bwc.v1.StopRecording
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StopRecording.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.StopRecording";
            };

            return StopRecording;
        })();

        v1.Reboot = (function() {

            /**
             * Properties of a Reboot.
             * @typedef {Object} bwc.v1.Reboot.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reboot.
             * @memberof bwc.v1
             * @interface IReboot
             * @augments bwc.v1.Reboot.$Properties
             * @deprecated Use bwc.v1.Reboot.$Properties instead.
             */

            /**
             * Shape of a Reboot.
             * @typedef {bwc.v1.Reboot.$Properties} bwc.v1.Reboot.$Shape
             */

            /**
             * Constructs a new Reboot.
             * @memberof bwc.v1
             * @classdesc Represents a Reboot.
             * @constructor
             * @param {bwc.v1.Reboot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reboot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Reboot instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Reboot
             * @static
             * @param {bwc.v1.Reboot.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Reboot} Reboot instance
             * @type {{
             *   (properties: bwc.v1.Reboot.$Shape): bwc.v1.Reboot & bwc.v1.Reboot.$Shape;
             *   (properties?: bwc.v1.Reboot.$Properties): bwc.v1.Reboot;
             * }}
             */
            Reboot.create = function(properties) {
                return new Reboot(properties);
            };

            /**
             * Encodes the specified Reboot message. Does not implicitly {@link bwc.v1.Reboot.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Reboot
             * @static
             * @param {bwc.v1.Reboot.$Properties} message Reboot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reboot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Reboot message, length delimited. Does not implicitly {@link bwc.v1.Reboot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Reboot
             * @static
             * @param {bwc.v1.Reboot.$Properties} message Reboot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reboot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reboot message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Reboot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Reboot & bwc.v1.Reboot.$Shape} Reboot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reboot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Reboot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Reboot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Reboot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Reboot & bwc.v1.Reboot.$Shape} Reboot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reboot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Reboot message.
             * @function verify
             * @memberof bwc.v1.Reboot
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reboot.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a Reboot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Reboot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Reboot} Reboot
             */
            Reboot.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Reboot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Reboot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.bwc.v1.Reboot();
            };

            /**
             * Creates a plain object from a Reboot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Reboot
             * @static
             * @param {bwc.v1.Reboot} message Reboot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reboot.toObject = function () {
                return {};
            };

            /**
             * Converts this Reboot to JSON.
             * @function toJSON
             * @memberof bwc.v1.Reboot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reboot.prototype.toJSON = function() {
                return Reboot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reboot
             * @function getTypeUrl
             * @memberof bwc.v1.Reboot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reboot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Reboot";
            };

            return Reboot;
        })();

        v1.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} bwc.v1.Ping.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof bwc.v1
             * @interface IPing
             * @augments bwc.v1.Ping.$Properties
             * @deprecated Use bwc.v1.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {bwc.v1.Ping.$Properties} bwc.v1.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof bwc.v1
             * @classdesc Represents a Ping.
             * @constructor
             * @param {bwc.v1.Ping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Ping
             * @static
             * @param {bwc.v1.Ping.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Ping} Ping instance
             * @type {{
             *   (properties: bwc.v1.Ping.$Shape): bwc.v1.Ping & bwc.v1.Ping.$Shape;
             *   (properties?: bwc.v1.Ping.$Properties): bwc.v1.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link bwc.v1.Ping.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Ping
             * @static
             * @param {bwc.v1.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Ping message, length delimited. Does not implicitly {@link bwc.v1.Ping.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Ping
             * @static
             * @param {bwc.v1.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Ping & bwc.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Ping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Ping & bwc.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Ping message.
             * @function verify
             * @memberof bwc.v1.Ping
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ping.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Ping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Ping} Ping
             */
            Ping.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Ping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Ping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.bwc.v1.Ping();
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Ping
             * @static
             * @param {bwc.v1.Ping} message Ping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ping.toObject = function () {
                return {};
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof bwc.v1.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ping
             * @function getTypeUrl
             * @memberof bwc.v1.Ping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Ping";
            };

            return Ping;
        })();

        v1.SetSettings = (function() {

            /**
             * Properties of a SetSettings.
             * @typedef {Object} bwc.v1.SetSettings.$Properties
             * @property {bwc.v1.DeviceSettings.$Properties|null} [settings] SetSettings settings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetSettings.
             * @memberof bwc.v1
             * @interface ISetSettings
             * @augments bwc.v1.SetSettings.$Properties
             * @deprecated Use bwc.v1.SetSettings.$Properties instead.
             */

            /**
             * Shape of a SetSettings.
             * @typedef {bwc.v1.SetSettings.$Properties} bwc.v1.SetSettings.$Shape
             */

            /**
             * Constructs a new SetSettings.
             * @memberof bwc.v1
             * @classdesc Represents a SetSettings.
             * @constructor
             * @param {bwc.v1.SetSettings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetSettings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetSettings settings.
             * @member {bwc.v1.DeviceSettings.$Properties|null|undefined} settings
             * @memberof bwc.v1.SetSettings
             * @instance
             */
            SetSettings.prototype.settings = null;

            /**
             * Creates a new SetSettings instance using the specified properties.
             * @function create
             * @memberof bwc.v1.SetSettings
             * @static
             * @param {bwc.v1.SetSettings.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.SetSettings} SetSettings instance
             * @type {{
             *   (properties: bwc.v1.SetSettings.$Shape): bwc.v1.SetSettings & bwc.v1.SetSettings.$Shape;
             *   (properties?: bwc.v1.SetSettings.$Properties): bwc.v1.SetSettings;
             * }}
             */
            SetSettings.create = function(properties) {
                return new SetSettings(properties);
            };

            /**
             * Encodes the specified SetSettings message. Does not implicitly {@link bwc.v1.SetSettings.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.SetSettings
             * @static
             * @param {bwc.v1.SetSettings.$Properties} message SetSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetSettings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    $root.bwc.v1.DeviceSettings.encode(message.settings, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SetSettings message, length delimited. Does not implicitly {@link bwc.v1.SetSettings.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.SetSettings
             * @static
             * @param {bwc.v1.SetSettings.$Properties} message SetSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetSettings.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetSettings message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.SetSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.SetSettings & bwc.v1.SetSettings.$Shape} SetSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetSettings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.SetSettings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.settings = $root.bwc.v1.DeviceSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.settings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SetSettings message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.SetSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.SetSettings & bwc.v1.SetSettings.$Shape} SetSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetSettings.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetSettings message.
             * @function verify
             * @memberof bwc.v1.SetSettings
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetSettings.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings")) {
                    let error = $root.bwc.v1.DeviceSettings.verify(message.settings, _depth + 1);
                    if (error)
                        return "settings." + error;
                }
                return null;
            };

            /**
             * Creates a SetSettings message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.SetSettings
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.SetSettings} SetSettings
             */
            SetSettings.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.SetSettings)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.SetSettings: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.SetSettings();
                if (object.settings != null) {
                    if (!$util.isObject(object.settings))
                        throw $TypeError(".bwc.v1.SetSettings.settings: object expected");
                    message.settings = $root.bwc.v1.DeviceSettings.fromObject(object.settings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SetSettings message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.SetSettings
             * @static
             * @param {bwc.v1.SetSettings} message SetSettings
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetSettings.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.settings = null;
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    object.settings = $root.bwc.v1.DeviceSettings.toObject(message.settings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SetSettings to JSON.
             * @function toJSON
             * @memberof bwc.v1.SetSettings
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetSettings.prototype.toJSON = function() {
                return SetSettings.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetSettings
             * @function getTypeUrl
             * @memberof bwc.v1.SetSettings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetSettings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.SetSettings";
            };

            return SetSettings;
        })();

        v1.SyncTime = (function() {

            /**
             * Properties of a SyncTime.
             * @typedef {Object} bwc.v1.SyncTime.$Properties
             * @property {number|null} [serverTimeMs] SyncTime serverTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncTime.
             * @memberof bwc.v1
             * @interface ISyncTime
             * @augments bwc.v1.SyncTime.$Properties
             * @deprecated Use bwc.v1.SyncTime.$Properties instead.
             */

            /**
             * Shape of a SyncTime.
             * @typedef {bwc.v1.SyncTime.$Properties} bwc.v1.SyncTime.$Shape
             */

            /**
             * Constructs a new SyncTime.
             * @memberof bwc.v1
             * @classdesc Represents a SyncTime.
             * @constructor
             * @param {bwc.v1.SyncTime.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncTime = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncTime serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof bwc.v1.SyncTime
             * @instance
             */
            SyncTime.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new SyncTime instance using the specified properties.
             * @function create
             * @memberof bwc.v1.SyncTime
             * @static
             * @param {bwc.v1.SyncTime.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.SyncTime} SyncTime instance
             * @type {{
             *   (properties: bwc.v1.SyncTime.$Shape): bwc.v1.SyncTime & bwc.v1.SyncTime.$Shape;
             *   (properties?: bwc.v1.SyncTime.$Properties): bwc.v1.SyncTime;
             * }}
             */
            SyncTime.create = function(properties) {
                return new SyncTime(properties);
            };

            /**
             * Encodes the specified SyncTime message. Does not implicitly {@link bwc.v1.SyncTime.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.SyncTime
             * @static
             * @param {bwc.v1.SyncTime.$Properties} message SyncTime message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncTime.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.serverTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SyncTime message, length delimited. Does not implicitly {@link bwc.v1.SyncTime.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.SyncTime
             * @static
             * @param {bwc.v1.SyncTime.$Properties} message SyncTime message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncTime.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SyncTime message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.SyncTime
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.SyncTime & bwc.v1.SyncTime.$Shape} SyncTime
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncTime.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.SyncTime();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SyncTime message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.SyncTime
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.SyncTime & bwc.v1.SyncTime.$Shape} SyncTime
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncTime.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SyncTime message.
             * @function verify
             * @memberof bwc.v1.SyncTime
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SyncTime.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                    if (!$util.isInteger(message.serverTimeMs) && !(message.serverTimeMs && $util.isInteger(message.serverTimeMs.low) && $util.isInteger(message.serverTimeMs.high)))
                        return "serverTimeMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a SyncTime message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.SyncTime
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.SyncTime} SyncTime
             */
            SyncTime.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.SyncTime)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.SyncTime: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.SyncTime();
                if (object.serverTimeMs != null)
                    if (typeof object.serverTimeMs === "object" ? object.serverTimeMs.low || object.serverTimeMs.high : $Number(object.serverTimeMs) !== 0)
                        if ($util.Long)
                            message.serverTimeMs = $util.Long.fromValue(object.serverTimeMs, false);
                        else if (typeof object.serverTimeMs === "string")
                            message.serverTimeMs = $parseInt(object.serverTimeMs, 10);
                        else if (typeof object.serverTimeMs === "number")
                            message.serverTimeMs = object.serverTimeMs;
                        else if (typeof object.serverTimeMs === "object")
                            message.serverTimeMs = new $util.LongBits(object.serverTimeMs.low >>> 0, object.serverTimeMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a SyncTime message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.SyncTime
             * @static
             * @param {bwc.v1.SyncTime} message SyncTime
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncTime.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.serverTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.serverTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.serverTimeMs = typeof message.serverTimeMs === "number" ? $BigInt(message.serverTimeMs) : $util.Long.fromBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.serverTimeMs === "number")
                        object.serverTimeMs = options.longs === $String ? $String(message.serverTimeMs) : message.serverTimeMs;
                    else
                        object.serverTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTimeMs) : options.longs === $Number ? new $util.LongBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0).toNumber() : message.serverTimeMs;
                return object;
            };

            /**
             * Converts this SyncTime to JSON.
             * @function toJSON
             * @memberof bwc.v1.SyncTime
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncTime.prototype.toJSON = function() {
                return SyncTime.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SyncTime
             * @function getTypeUrl
             * @memberof bwc.v1.SyncTime
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SyncTime.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.SyncTime";
            };

            return SyncTime;
        })();

        v1.Locate = (function() {

            /**
             * Properties of a Locate.
             * @typedef {Object} bwc.v1.Locate.$Properties
             * @property {number|null} [durationS] Locate durationS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Locate.
             * @memberof bwc.v1
             * @interface ILocate
             * @augments bwc.v1.Locate.$Properties
             * @deprecated Use bwc.v1.Locate.$Properties instead.
             */

            /**
             * Shape of a Locate.
             * @typedef {bwc.v1.Locate.$Properties} bwc.v1.Locate.$Shape
             */

            /**
             * Constructs a new Locate.
             * @memberof bwc.v1
             * @classdesc Represents a Locate.
             * @constructor
             * @param {bwc.v1.Locate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Locate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Locate durationS.
             * @member {number} durationS
             * @memberof bwc.v1.Locate
             * @instance
             */
            Locate.prototype.durationS = 0;

            /**
             * Creates a new Locate instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Locate
             * @static
             * @param {bwc.v1.Locate.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Locate} Locate instance
             * @type {{
             *   (properties: bwc.v1.Locate.$Shape): bwc.v1.Locate & bwc.v1.Locate.$Shape;
             *   (properties?: bwc.v1.Locate.$Properties): bwc.v1.Locate;
             * }}
             */
            Locate.create = function(properties) {
                return new Locate(properties);
            };

            /**
             * Encodes the specified Locate message. Does not implicitly {@link bwc.v1.Locate.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Locate
             * @static
             * @param {bwc.v1.Locate.$Properties} message Locate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Locate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.durationS != null && $Object.hasOwnProperty.call(message, "durationS") && message.durationS !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.durationS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Locate message, length delimited. Does not implicitly {@link bwc.v1.Locate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Locate
             * @static
             * @param {bwc.v1.Locate.$Properties} message Locate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Locate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Locate message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Locate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Locate & bwc.v1.Locate.$Shape} Locate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Locate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Locate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.durationS = value;
                            else
                                delete message.durationS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Locate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Locate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Locate & bwc.v1.Locate.$Shape} Locate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Locate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Locate message.
             * @function verify
             * @memberof bwc.v1.Locate
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Locate.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.durationS != null && $Object.hasOwnProperty.call(message, "durationS"))
                    if (!$util.isInteger(message.durationS))
                        return "durationS: integer expected";
                return null;
            };

            /**
             * Creates a Locate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Locate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Locate} Locate
             */
            Locate.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Locate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Locate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Locate();
                if (object.durationS != null)
                    if ($Number(object.durationS) !== 0)
                        message.durationS = object.durationS >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Locate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Locate
             * @static
             * @param {bwc.v1.Locate} message Locate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Locate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.durationS = 0;
                if (message.durationS != null && $Object.hasOwnProperty.call(message, "durationS"))
                    object.durationS = message.durationS;
                return object;
            };

            /**
             * Converts this Locate to JSON.
             * @function toJSON
             * @memberof bwc.v1.Locate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Locate.prototype.toJSON = function() {
                return Locate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Locate
             * @function getTypeUrl
             * @memberof bwc.v1.Locate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Locate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Locate";
            };

            return Locate;
        })();

        v1.RequestStatus = (function() {

            /**
             * Properties of a RequestStatus.
             * @typedef {Object} bwc.v1.RequestStatus.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestStatus.
             * @memberof bwc.v1
             * @interface IRequestStatus
             * @augments bwc.v1.RequestStatus.$Properties
             * @deprecated Use bwc.v1.RequestStatus.$Properties instead.
             */

            /**
             * Shape of a RequestStatus.
             * @typedef {bwc.v1.RequestStatus.$Properties} bwc.v1.RequestStatus.$Shape
             */

            /**
             * Constructs a new RequestStatus.
             * @memberof bwc.v1
             * @classdesc Represents a RequestStatus.
             * @constructor
             * @param {bwc.v1.RequestStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new RequestStatus instance using the specified properties.
             * @function create
             * @memberof bwc.v1.RequestStatus
             * @static
             * @param {bwc.v1.RequestStatus.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.RequestStatus} RequestStatus instance
             * @type {{
             *   (properties: bwc.v1.RequestStatus.$Shape): bwc.v1.RequestStatus & bwc.v1.RequestStatus.$Shape;
             *   (properties?: bwc.v1.RequestStatus.$Properties): bwc.v1.RequestStatus;
             * }}
             */
            RequestStatus.create = function(properties) {
                return new RequestStatus(properties);
            };

            /**
             * Encodes the specified RequestStatus message. Does not implicitly {@link bwc.v1.RequestStatus.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.RequestStatus
             * @static
             * @param {bwc.v1.RequestStatus.$Properties} message RequestStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RequestStatus message, length delimited. Does not implicitly {@link bwc.v1.RequestStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.RequestStatus
             * @static
             * @param {bwc.v1.RequestStatus.$Properties} message RequestStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RequestStatus message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.RequestStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.RequestStatus & bwc.v1.RequestStatus.$Shape} RequestStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.RequestStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RequestStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.RequestStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.RequestStatus & bwc.v1.RequestStatus.$Shape} RequestStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RequestStatus message.
             * @function verify
             * @memberof bwc.v1.RequestStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RequestStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a RequestStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.RequestStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.RequestStatus} RequestStatus
             */
            RequestStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.RequestStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.RequestStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.bwc.v1.RequestStatus();
            };

            /**
             * Creates a plain object from a RequestStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.RequestStatus
             * @static
             * @param {bwc.v1.RequestStatus} message RequestStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestStatus.toObject = function () {
                return {};
            };

            /**
             * Converts this RequestStatus to JSON.
             * @function toJSON
             * @memberof bwc.v1.RequestStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestStatus.prototype.toJSON = function() {
                return RequestStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestStatus
             * @function getTypeUrl
             * @memberof bwc.v1.RequestStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.RequestStatus";
            };

            return RequestStatus;
        })();

        /**
         * CommandStatus enum.
         * @name bwc.v1.CommandStatus
         * @enum {number}
         * @property {number} COMMAND_STATUS_UNSPECIFIED=0 COMMAND_STATUS_UNSPECIFIED value
         * @property {number} COMMAND_STATUS_ACCEPTED=1 COMMAND_STATUS_ACCEPTED value
         * @property {number} COMMAND_STATUS_SUCCEEDED=2 COMMAND_STATUS_SUCCEEDED value
         * @property {number} COMMAND_STATUS_FAILED=3 COMMAND_STATUS_FAILED value
         * @property {number} COMMAND_STATUS_REJECTED=4 COMMAND_STATUS_REJECTED value
         */
        v1.CommandStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COMMAND_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COMMAND_STATUS_ACCEPTED"] = 1;
            values[valuesById[2] = "COMMAND_STATUS_SUCCEEDED"] = 2;
            values[valuesById[3] = "COMMAND_STATUS_FAILED"] = 3;
            values[valuesById[4] = "COMMAND_STATUS_REJECTED"] = 4;
            return values;
        })();

        v1.CommandResult = (function() {

            /**
             * Properties of a CommandResult.
             * @typedef {Object} bwc.v1.CommandResult.$Properties
             * @property {string|null} [commandId] CommandResult commandId
             * @property {string|null} [deviceId] CommandResult deviceId
             * @property {bwc.v1.CommandStatus|null} [status] CommandResult status
             * @property {string|null} [reason] CommandResult reason
             * @property {number|null} [timeMs] CommandResult timeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandResult.
             * @memberof bwc.v1
             * @interface ICommandResult
             * @augments bwc.v1.CommandResult.$Properties
             * @deprecated Use bwc.v1.CommandResult.$Properties instead.
             */

            /**
             * Shape of a CommandResult.
             * @typedef {bwc.v1.CommandResult.$Properties} bwc.v1.CommandResult.$Shape
             */

            /**
             * Constructs a new CommandResult.
             * @memberof bwc.v1
             * @classdesc Represents a CommandResult.
             * @constructor
             * @param {bwc.v1.CommandResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommandResult commandId.
             * @member {string} commandId
             * @memberof bwc.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.commandId = "";

            /**
             * CommandResult deviceId.
             * @member {string} deviceId
             * @memberof bwc.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.deviceId = "";

            /**
             * CommandResult status.
             * @member {bwc.v1.CommandStatus} status
             * @memberof bwc.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.status = 0;

            /**
             * CommandResult reason.
             * @member {string} reason
             * @memberof bwc.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.reason = "";

            /**
             * CommandResult timeMs.
             * @member {number} timeMs
             * @memberof bwc.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @function create
             * @memberof bwc.v1.CommandResult
             * @static
             * @param {bwc.v1.CommandResult.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.CommandResult} CommandResult instance
             * @type {{
             *   (properties: bwc.v1.CommandResult.$Shape): bwc.v1.CommandResult & bwc.v1.CommandResult.$Shape;
             *   (properties?: bwc.v1.CommandResult.$Properties): bwc.v1.CommandResult;
             * }}
             */
            CommandResult.create = function(properties) {
                return new CommandResult(properties);
            };

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link bwc.v1.CommandResult.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.CommandResult
             * @static
             * @param {bwc.v1.CommandResult.$Properties} message CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.timeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CommandResult message, length delimited. Does not implicitly {@link bwc.v1.CommandResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.CommandResult
             * @static
             * @param {bwc.v1.CommandResult.$Properties} message CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.CommandResult & bwc.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.CommandResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.CommandResult & bwc.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CommandResult message.
             * @function verify
             * @memberof bwc.v1.CommandResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommandResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    if (!$util.isString(message.commandId))
                        return "commandId: string expected";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (!$util.isInteger(message.timeMs) && !(message.timeMs && $util.isInteger(message.timeMs.low) && $util.isInteger(message.timeMs.high)))
                        return "timeMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.CommandResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.CommandResult} CommandResult
             */
            CommandResult.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.CommandResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.CommandResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.CommandResult();
                if (object.commandId != null)
                    if (typeof object.commandId !== "string" || object.commandId.length)
                        message.commandId = $String(object.commandId);
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.bwc.v1.CommandStatus[object.status] !== 0))
                    switch (object.status) {
                    case "COMMAND_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "COMMAND_STATUS_ACCEPTED":
                    case 1:
                        message.status = 1;
                        break;
                    case "COMMAND_STATUS_SUCCEEDED":
                    case 2:
                        message.status = 2;
                        break;
                    case "COMMAND_STATUS_FAILED":
                    case 3:
                        message.status = 3;
                        break;
                    case "COMMAND_STATUS_REJECTED":
                    case 4:
                        message.status = 4;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.timeMs != null)
                    if (typeof object.timeMs === "object" ? object.timeMs.low || object.timeMs.high : $Number(object.timeMs) !== 0)
                        if ($util.Long)
                            message.timeMs = $util.Long.fromValue(object.timeMs, false);
                        else if (typeof object.timeMs === "string")
                            message.timeMs = $parseInt(object.timeMs, 10);
                        else if (typeof object.timeMs === "number")
                            message.timeMs = object.timeMs;
                        else if (typeof object.timeMs === "object")
                            message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.CommandResult
             * @static
             * @param {bwc.v1.CommandResult} message CommandResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.commandId = "";
                    object.deviceId = "";
                    object.status = options.enums === $String ? "COMMAND_STATUS_UNSPECIFIED" : 0;
                    object.reason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    object.commandId = message.commandId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.bwc.v1.CommandStatus[message.status] === $undefined ? message.status : $root.bwc.v1.CommandStatus[message.status] : message.status;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeMs = typeof message.timeMs === "number" ? $BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeMs === "number")
                        object.timeMs = options.longs === $String ? $String(message.timeMs) : message.timeMs;
                    else
                        object.timeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === $Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber() : message.timeMs;
                return object;
            };

            /**
             * Converts this CommandResult to JSON.
             * @function toJSON
             * @memberof bwc.v1.CommandResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandResult.prototype.toJSON = function() {
                return CommandResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandResult
             * @function getTypeUrl
             * @memberof bwc.v1.CommandResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.CommandResult";
            };

            return CommandResult;
        })();

        v1.DeviceSettings = (function() {

            /**
             * Properties of a DeviceSettings.
             * @typedef {Object} bwc.v1.DeviceSettings.$Properties
             * @property {number|null} [heartbeatIntervalS] DeviceSettings heartbeatIntervalS
             * @property {number|null} [preEventBufferS] DeviceSettings preEventBufferS
             * @property {number|null} [sleepAfterIdleS] DeviceSettings sleepAfterIdleS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceSettings.
             * @memberof bwc.v1
             * @interface IDeviceSettings
             * @augments bwc.v1.DeviceSettings.$Properties
             * @deprecated Use bwc.v1.DeviceSettings.$Properties instead.
             */

            /**
             * Shape of a DeviceSettings.
             * @typedef {bwc.v1.DeviceSettings.$Properties} bwc.v1.DeviceSettings.$Shape
             */

            /**
             * Constructs a new DeviceSettings.
             * @memberof bwc.v1
             * @classdesc Represents a DeviceSettings.
             * @constructor
             * @param {bwc.v1.DeviceSettings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceSettings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceSettings heartbeatIntervalS.
             * @member {number} heartbeatIntervalS
             * @memberof bwc.v1.DeviceSettings
             * @instance
             */
            DeviceSettings.prototype.heartbeatIntervalS = 0;

            /**
             * DeviceSettings preEventBufferS.
             * @member {number} preEventBufferS
             * @memberof bwc.v1.DeviceSettings
             * @instance
             */
            DeviceSettings.prototype.preEventBufferS = 0;

            /**
             * DeviceSettings sleepAfterIdleS.
             * @member {number} sleepAfterIdleS
             * @memberof bwc.v1.DeviceSettings
             * @instance
             */
            DeviceSettings.prototype.sleepAfterIdleS = 0;

            /**
             * Creates a new DeviceSettings instance using the specified properties.
             * @function create
             * @memberof bwc.v1.DeviceSettings
             * @static
             * @param {bwc.v1.DeviceSettings.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.DeviceSettings} DeviceSettings instance
             * @type {{
             *   (properties: bwc.v1.DeviceSettings.$Shape): bwc.v1.DeviceSettings & bwc.v1.DeviceSettings.$Shape;
             *   (properties?: bwc.v1.DeviceSettings.$Properties): bwc.v1.DeviceSettings;
             * }}
             */
            DeviceSettings.create = function(properties) {
                return new DeviceSettings(properties);
            };

            /**
             * Encodes the specified DeviceSettings message. Does not implicitly {@link bwc.v1.DeviceSettings.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.DeviceSettings
             * @static
             * @param {bwc.v1.DeviceSettings.$Properties} message DeviceSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceSettings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.heartbeatIntervalS != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalS") && message.heartbeatIntervalS !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.heartbeatIntervalS);
                if (message.preEventBufferS != null && $Object.hasOwnProperty.call(message, "preEventBufferS") && message.preEventBufferS !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.preEventBufferS);
                if (message.sleepAfterIdleS != null && $Object.hasOwnProperty.call(message, "sleepAfterIdleS") && message.sleepAfterIdleS !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.sleepAfterIdleS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeviceSettings message, length delimited. Does not implicitly {@link bwc.v1.DeviceSettings.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.DeviceSettings
             * @static
             * @param {bwc.v1.DeviceSettings.$Properties} message DeviceSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceSettings.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceSettings message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.DeviceSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.DeviceSettings & bwc.v1.DeviceSettings.$Shape} DeviceSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceSettings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.DeviceSettings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalS = value;
                            else
                                delete message.heartbeatIntervalS;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.preEventBufferS = value;
                            else
                                delete message.preEventBufferS;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sleepAfterIdleS = value;
                            else
                                delete message.sleepAfterIdleS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DeviceSettings message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.DeviceSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.DeviceSettings & bwc.v1.DeviceSettings.$Shape} DeviceSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceSettings.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceSettings message.
             * @function verify
             * @memberof bwc.v1.DeviceSettings
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceSettings.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.heartbeatIntervalS != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalS"))
                    if (!$util.isInteger(message.heartbeatIntervalS))
                        return "heartbeatIntervalS: integer expected";
                if (message.preEventBufferS != null && $Object.hasOwnProperty.call(message, "preEventBufferS"))
                    if (!$util.isInteger(message.preEventBufferS))
                        return "preEventBufferS: integer expected";
                if (message.sleepAfterIdleS != null && $Object.hasOwnProperty.call(message, "sleepAfterIdleS"))
                    if (!$util.isInteger(message.sleepAfterIdleS))
                        return "sleepAfterIdleS: integer expected";
                return null;
            };

            /**
             * Creates a DeviceSettings message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.DeviceSettings
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.DeviceSettings} DeviceSettings
             */
            DeviceSettings.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.DeviceSettings)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.DeviceSettings: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.DeviceSettings();
                if (object.heartbeatIntervalS != null)
                    if ($Number(object.heartbeatIntervalS) !== 0)
                        message.heartbeatIntervalS = object.heartbeatIntervalS >>> 0;
                if (object.preEventBufferS != null)
                    if ($Number(object.preEventBufferS) !== 0)
                        message.preEventBufferS = object.preEventBufferS >>> 0;
                if (object.sleepAfterIdleS != null)
                    if ($Number(object.sleepAfterIdleS) !== 0)
                        message.sleepAfterIdleS = object.sleepAfterIdleS >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a DeviceSettings message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.DeviceSettings
             * @static
             * @param {bwc.v1.DeviceSettings} message DeviceSettings
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceSettings.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.heartbeatIntervalS = 0;
                    object.preEventBufferS = 0;
                    object.sleepAfterIdleS = 0;
                }
                if (message.heartbeatIntervalS != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalS"))
                    object.heartbeatIntervalS = message.heartbeatIntervalS;
                if (message.preEventBufferS != null && $Object.hasOwnProperty.call(message, "preEventBufferS"))
                    object.preEventBufferS = message.preEventBufferS;
                if (message.sleepAfterIdleS != null && $Object.hasOwnProperty.call(message, "sleepAfterIdleS"))
                    object.sleepAfterIdleS = message.sleepAfterIdleS;
                return object;
            };

            /**
             * Converts this DeviceSettings to JSON.
             * @function toJSON
             * @memberof bwc.v1.DeviceSettings
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceSettings.prototype.toJSON = function() {
                return DeviceSettings.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceSettings
             * @function getTypeUrl
             * @memberof bwc.v1.DeviceSettings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceSettings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.DeviceSettings";
            };

            return DeviceSettings;
        })();

        /**
         * HelloStatus enum.
         * @name bwc.v1.HelloStatus
         * @enum {number}
         * @property {number} HELLO_STATUS_UNSPECIFIED=0 HELLO_STATUS_UNSPECIFIED value
         * @property {number} HELLO_STATUS_ACCEPTED=1 HELLO_STATUS_ACCEPTED value
         * @property {number} HELLO_STATUS_REJECTED=2 HELLO_STATUS_REJECTED value
         */
        v1.HelloStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "HELLO_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "HELLO_STATUS_ACCEPTED"] = 1;
            values[valuesById[2] = "HELLO_STATUS_REJECTED"] = 2;
            return values;
        })();

        v1.HelloReply = (function() {

            /**
             * Properties of a HelloReply.
             * @typedef {Object} bwc.v1.HelloReply.$Properties
             * @property {string|null} [deviceId] HelloReply deviceId
             * @property {number|null} [bootId] HelloReply bootId
             * @property {bwc.v1.HelloStatus|null} [status] HelloReply status
             * @property {string|null} [reason] HelloReply reason
             * @property {number|null} [serverTimeMs] HelloReply serverTimeMs
             * @property {number|null} [offlineTimeoutS] HelloReply offlineTimeoutS
             * @property {bwc.v1.DeviceSettings.$Properties|null} [settings] HelloReply settings
             * @property {number|null} [maxBatchItems] HelloReply maxBatchItems
             * @property {number|null} [maxMessageBytes] HelloReply maxMessageBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HelloReply.
             * @memberof bwc.v1
             * @interface IHelloReply
             * @augments bwc.v1.HelloReply.$Properties
             * @deprecated Use bwc.v1.HelloReply.$Properties instead.
             */

            /**
             * Shape of a HelloReply.
             * @typedef {bwc.v1.HelloReply.$Properties} bwc.v1.HelloReply.$Shape
             */

            /**
             * Constructs a new HelloReply.
             * @memberof bwc.v1
             * @classdesc Represents a HelloReply.
             * @constructor
             * @param {bwc.v1.HelloReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HelloReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HelloReply deviceId.
             * @member {string} deviceId
             * @memberof bwc.v1.HelloReply
             * @instance
             */
            HelloReply.prototype.deviceId = "";

            /**
             * HelloReply bootId.
             * @member {number} bootId
             * @memberof bwc.v1.HelloReply
             * @instance
             */
            HelloReply.prototype.bootId = 0;

            /**
             * HelloReply status.
             * @member {bwc.v1.HelloStatus} status
             * @memberof bwc.v1.HelloReply
             * @instance
             */
            HelloReply.prototype.status = 0;

            /**
             * HelloReply reason.
             * @member {string} reason
             * @memberof bwc.v1.HelloReply
             * @instance
             */
            HelloReply.prototype.reason = "";

            /**
             * HelloReply serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof bwc.v1.HelloReply
             * @instance
             */
            HelloReply.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HelloReply offlineTimeoutS.
             * @member {number} offlineTimeoutS
             * @memberof bwc.v1.HelloReply
             * @instance
             */
            HelloReply.prototype.offlineTimeoutS = 0;

            /**
             * HelloReply settings.
             * @member {bwc.v1.DeviceSettings.$Properties|null|undefined} settings
             * @memberof bwc.v1.HelloReply
             * @instance
             */
            HelloReply.prototype.settings = null;

            /**
             * HelloReply maxBatchItems.
             * @member {number} maxBatchItems
             * @memberof bwc.v1.HelloReply
             * @instance
             */
            HelloReply.prototype.maxBatchItems = 0;

            /**
             * HelloReply maxMessageBytes.
             * @member {number} maxMessageBytes
             * @memberof bwc.v1.HelloReply
             * @instance
             */
            HelloReply.prototype.maxMessageBytes = 0;

            /**
             * Creates a new HelloReply instance using the specified properties.
             * @function create
             * @memberof bwc.v1.HelloReply
             * @static
             * @param {bwc.v1.HelloReply.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.HelloReply} HelloReply instance
             * @type {{
             *   (properties: bwc.v1.HelloReply.$Shape): bwc.v1.HelloReply & bwc.v1.HelloReply.$Shape;
             *   (properties?: bwc.v1.HelloReply.$Properties): bwc.v1.HelloReply;
             * }}
             */
            HelloReply.create = function(properties) {
                return new HelloReply(properties);
            };

            /**
             * Encodes the specified HelloReply message. Does not implicitly {@link bwc.v1.HelloReply.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.HelloReply
             * @static
             * @param {bwc.v1.HelloReply.$Properties} message HelloReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.bootId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.serverTimeMs);
                if (message.offlineTimeoutS != null && $Object.hasOwnProperty.call(message, "offlineTimeoutS") && message.offlineTimeoutS !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.offlineTimeoutS);
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    $root.bwc.v1.DeviceSettings.encode(message.settings, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.maxBatchItems != null && $Object.hasOwnProperty.call(message, "maxBatchItems") && message.maxBatchItems !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.maxBatchItems);
                if (message.maxMessageBytes != null && $Object.hasOwnProperty.call(message, "maxMessageBytes") && message.maxMessageBytes !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.maxMessageBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HelloReply message, length delimited. Does not implicitly {@link bwc.v1.HelloReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.HelloReply
             * @static
             * @param {bwc.v1.HelloReply.$Properties} message HelloReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HelloReply message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.HelloReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.HelloReply & bwc.v1.HelloReply.$Shape} HelloReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.HelloReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bootId = value;
                            else
                                delete message.bootId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.offlineTimeoutS = value;
                            else
                                delete message.offlineTimeoutS;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.settings = $root.bwc.v1.DeviceSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.settings);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxBatchItems = value;
                            else
                                delete message.maxBatchItems;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxMessageBytes = value;
                            else
                                delete message.maxMessageBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HelloReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.HelloReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.HelloReply & bwc.v1.HelloReply.$Shape} HelloReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HelloReply message.
             * @function verify
             * @memberof bwc.v1.HelloReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HelloReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    if (!$util.isInteger(message.bootId))
                        return "bootId: integer expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                    if (!$util.isInteger(message.serverTimeMs) && !(message.serverTimeMs && $util.isInteger(message.serverTimeMs.low) && $util.isInteger(message.serverTimeMs.high)))
                        return "serverTimeMs: integer|Long expected";
                if (message.offlineTimeoutS != null && $Object.hasOwnProperty.call(message, "offlineTimeoutS"))
                    if (!$util.isInteger(message.offlineTimeoutS))
                        return "offlineTimeoutS: integer expected";
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings")) {
                    let error = $root.bwc.v1.DeviceSettings.verify(message.settings, _depth + 1);
                    if (error)
                        return "settings." + error;
                }
                if (message.maxBatchItems != null && $Object.hasOwnProperty.call(message, "maxBatchItems"))
                    if (!$util.isInteger(message.maxBatchItems))
                        return "maxBatchItems: integer expected";
                if (message.maxMessageBytes != null && $Object.hasOwnProperty.call(message, "maxMessageBytes"))
                    if (!$util.isInteger(message.maxMessageBytes))
                        return "maxMessageBytes: integer expected";
                return null;
            };

            /**
             * Creates a HelloReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.HelloReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.HelloReply} HelloReply
             */
            HelloReply.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.HelloReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.HelloReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.HelloReply();
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.bootId != null)
                    if ($Number(object.bootId) !== 0)
                        message.bootId = object.bootId >>> 0;
                if (object.status !== 0 && (typeof object.status !== "string" || $root.bwc.v1.HelloStatus[object.status] !== 0))
                    switch (object.status) {
                    case "HELLO_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "HELLO_STATUS_ACCEPTED":
                    case 1:
                        message.status = 1;
                        break;
                    case "HELLO_STATUS_REJECTED":
                    case 2:
                        message.status = 2;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.serverTimeMs != null)
                    if (typeof object.serverTimeMs === "object" ? object.serverTimeMs.low || object.serverTimeMs.high : $Number(object.serverTimeMs) !== 0)
                        if ($util.Long)
                            message.serverTimeMs = $util.Long.fromValue(object.serverTimeMs, false);
                        else if (typeof object.serverTimeMs === "string")
                            message.serverTimeMs = $parseInt(object.serverTimeMs, 10);
                        else if (typeof object.serverTimeMs === "number")
                            message.serverTimeMs = object.serverTimeMs;
                        else if (typeof object.serverTimeMs === "object")
                            message.serverTimeMs = new $util.LongBits(object.serverTimeMs.low >>> 0, object.serverTimeMs.high >>> 0).toNumber();
                if (object.offlineTimeoutS != null)
                    if ($Number(object.offlineTimeoutS) !== 0)
                        message.offlineTimeoutS = object.offlineTimeoutS >>> 0;
                if (object.settings != null) {
                    if (!$util.isObject(object.settings))
                        throw $TypeError(".bwc.v1.HelloReply.settings: object expected");
                    message.settings = $root.bwc.v1.DeviceSettings.fromObject(object.settings, _depth + 1);
                }
                if (object.maxBatchItems != null)
                    if ($Number(object.maxBatchItems) !== 0)
                        message.maxBatchItems = object.maxBatchItems >>> 0;
                if (object.maxMessageBytes != null)
                    if ($Number(object.maxMessageBytes) !== 0)
                        message.maxMessageBytes = object.maxMessageBytes >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a HelloReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.HelloReply
             * @static
             * @param {bwc.v1.HelloReply} message HelloReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HelloReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.deviceId = "";
                    object.bootId = 0;
                    object.status = options.enums === $String ? "HELLO_STATUS_UNSPECIFIED" : 0;
                    object.reason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.serverTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.serverTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.offlineTimeoutS = 0;
                    object.settings = null;
                    object.maxBatchItems = 0;
                    object.maxMessageBytes = 0;
                }
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.bwc.v1.HelloStatus[message.status] === $undefined ? message.status : $root.bwc.v1.HelloStatus[message.status] : message.status;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.serverTimeMs = typeof message.serverTimeMs === "number" ? $BigInt(message.serverTimeMs) : $util.Long.fromBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.serverTimeMs === "number")
                        object.serverTimeMs = options.longs === $String ? $String(message.serverTimeMs) : message.serverTimeMs;
                    else
                        object.serverTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.serverTimeMs) : options.longs === $Number ? new $util.LongBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0).toNumber() : message.serverTimeMs;
                if (message.offlineTimeoutS != null && $Object.hasOwnProperty.call(message, "offlineTimeoutS"))
                    object.offlineTimeoutS = message.offlineTimeoutS;
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    object.settings = $root.bwc.v1.DeviceSettings.toObject(message.settings, options, _depth + 1);
                if (message.maxBatchItems != null && $Object.hasOwnProperty.call(message, "maxBatchItems"))
                    object.maxBatchItems = message.maxBatchItems;
                if (message.maxMessageBytes != null && $Object.hasOwnProperty.call(message, "maxMessageBytes"))
                    object.maxMessageBytes = message.maxMessageBytes;
                return object;
            };

            /**
             * Converts this HelloReply to JSON.
             * @function toJSON
             * @memberof bwc.v1.HelloReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HelloReply.prototype.toJSON = function() {
                return HelloReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HelloReply
             * @function getTypeUrl
             * @memberof bwc.v1.HelloReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HelloReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.HelloReply";
            };

            return HelloReply;
        })();

        /**
         * NackReason enum.
         * @name bwc.v1.NackReason
         * @enum {number}
         * @property {number} NACK_REASON_UNSPECIFIED=0 NACK_REASON_UNSPECIFIED value
         * @property {number} NACK_REASON_INVALID=1 NACK_REASON_INVALID value
         * @property {number} NACK_REASON_UNKNOWN_DEVICE=2 NACK_REASON_UNKNOWN_DEVICE value
         * @property {number} NACK_REASON_TOO_LARGE=3 NACK_REASON_TOO_LARGE value
         * @property {number} NACK_REASON_RETRY_LATER=4 NACK_REASON_RETRY_LATER value
         * @property {number} NACK_REASON_NOT_AUTHENTICATED=5 NACK_REASON_NOT_AUTHENTICATED value
         */
        v1.NackReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NACK_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NACK_REASON_INVALID"] = 1;
            values[valuesById[2] = "NACK_REASON_UNKNOWN_DEVICE"] = 2;
            values[valuesById[3] = "NACK_REASON_TOO_LARGE"] = 3;
            values[valuesById[4] = "NACK_REASON_RETRY_LATER"] = 4;
            values[valuesById[5] = "NACK_REASON_NOT_AUTHENTICATED"] = 5;
            return values;
        })();

        v1.Nack = (function() {

            /**
             * Properties of a Nack.
             * @typedef {Object} bwc.v1.Nack.$Properties
             * @property {string|null} [deviceId] Nack deviceId
             * @property {number|null} [bootId] Nack bootId
             * @property {Array.<number>|null} [seqs] Nack seqs
             * @property {bwc.v1.NackReason|null} [reason] Nack reason
             * @property {boolean|null} [resend] Nack resend
             * @property {string|null} [detail] Nack detail
             * @property {number|null} [frameCrc] Nack frameCrc
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Nack.
             * @memberof bwc.v1
             * @interface INack
             * @augments bwc.v1.Nack.$Properties
             * @deprecated Use bwc.v1.Nack.$Properties instead.
             */

            /**
             * Shape of a Nack.
             * @typedef {bwc.v1.Nack.$Properties} bwc.v1.Nack.$Shape
             */

            /**
             * Constructs a new Nack.
             * @memberof bwc.v1
             * @classdesc Represents a Nack.
             * @constructor
             * @param {bwc.v1.Nack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Nack = function (properties) {
                this.seqs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Nack deviceId.
             * @member {string} deviceId
             * @memberof bwc.v1.Nack
             * @instance
             */
            Nack.prototype.deviceId = "";

            /**
             * Nack bootId.
             * @member {number} bootId
             * @memberof bwc.v1.Nack
             * @instance
             */
            Nack.prototype.bootId = 0;

            /**
             * Nack seqs.
             * @member {Array.<number>} seqs
             * @memberof bwc.v1.Nack
             * @instance
             */
            Nack.prototype.seqs = $util.emptyArray;

            /**
             * Nack reason.
             * @member {bwc.v1.NackReason} reason
             * @memberof bwc.v1.Nack
             * @instance
             */
            Nack.prototype.reason = 0;

            /**
             * Nack resend.
             * @member {boolean} resend
             * @memberof bwc.v1.Nack
             * @instance
             */
            Nack.prototype.resend = false;

            /**
             * Nack detail.
             * @member {string} detail
             * @memberof bwc.v1.Nack
             * @instance
             */
            Nack.prototype.detail = "";

            /**
             * Nack frameCrc.
             * @member {number} frameCrc
             * @memberof bwc.v1.Nack
             * @instance
             */
            Nack.prototype.frameCrc = 0;

            /**
             * Creates a new Nack instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Nack
             * @static
             * @param {bwc.v1.Nack.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Nack} Nack instance
             * @type {{
             *   (properties: bwc.v1.Nack.$Shape): bwc.v1.Nack & bwc.v1.Nack.$Shape;
             *   (properties?: bwc.v1.Nack.$Properties): bwc.v1.Nack;
             * }}
             */
            Nack.create = function(properties) {
                return new Nack(properties);
            };

            /**
             * Encodes the specified Nack message. Does not implicitly {@link bwc.v1.Nack.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Nack
             * @static
             * @param {bwc.v1.Nack.$Properties} message Nack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Nack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.bootId);
                if (message.seqs != null && message.seqs.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint64s(message.seqs);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.reason);
                if (message.resend != null && $Object.hasOwnProperty.call(message, "resend") && message.resend !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.resend);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.detail);
                if (message.frameCrc != null && $Object.hasOwnProperty.call(message, "frameCrc") && message.frameCrc !== 0)
                    writer.uint32(/* id 7, wireType 5 =*/61).fixed32(message.frameCrc);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Nack message, length delimited. Does not implicitly {@link bwc.v1.Nack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Nack
             * @static
             * @param {bwc.v1.Nack.$Properties} message Nack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Nack.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Nack message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Nack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Nack & bwc.v1.Nack.$Shape} Nack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Nack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Nack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bootId = value;
                            else
                                delete message.bootId;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.seqs && message.seqs.length))
                                    message.seqs = [];
                                reader.uint64s(message.seqs);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.seqs && message.seqs.length))
                                message.seqs = [];
                            message.seqs.push(reader.uint64());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.resend = value;
                            else
                                delete message.resend;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.frameCrc = value;
                            else
                                delete message.frameCrc;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Nack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Nack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Nack & bwc.v1.Nack.$Shape} Nack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Nack.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Nack message.
             * @function verify
             * @memberof bwc.v1.Nack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Nack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    if (!$util.isInteger(message.bootId))
                        return "bootId: integer expected";
                if (message.seqs != null && $Object.hasOwnProperty.call(message, "seqs")) {
                    if (!$Array.isArray(message.seqs))
                        return "seqs: array expected";
                    for (let i = 0; i < message.seqs.length; ++i)
                        if (!$util.isInteger(message.seqs[i]) && !(message.seqs[i] && $util.isInteger(message.seqs[i].low) && $util.isInteger(message.seqs[i].high)))
                            return "seqs: integer|Long[] expected";
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (typeof message.reason !== "number" || (message.reason | 0) !== message.reason)
                        return "reason: enum value expected";
                if (message.resend != null && $Object.hasOwnProperty.call(message, "resend"))
                    if (typeof message.resend !== "boolean")
                        return "resend: boolean expected";
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                if (message.frameCrc != null && $Object.hasOwnProperty.call(message, "frameCrc"))
                    if (!$util.isInteger(message.frameCrc))
                        return "frameCrc: integer expected";
                return null;
            };

            /**
             * Creates a Nack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Nack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Nack} Nack
             */
            Nack.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Nack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Nack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Nack();
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.bootId != null)
                    if ($Number(object.bootId) !== 0)
                        message.bootId = object.bootId >>> 0;
                if (object.seqs) {
                    if (!$Array.isArray(object.seqs))
                        throw $TypeError(".bwc.v1.Nack.seqs: array expected");
                    message.seqs = $Array(object.seqs.length);
                    for (let i = 0; i < object.seqs.length; ++i)
                        if ($util.Long)
                            message.seqs[i] = $util.Long.fromValue(object.seqs[i], true);
                        else if (typeof object.seqs[i] === "string")
                            message.seqs[i] = $parseInt(object.seqs[i], 10);
                        else if (typeof object.seqs[i] === "number")
                            message.seqs[i] = object.seqs[i];
                        else if (typeof object.seqs[i] === "object")
                            message.seqs[i] = new $util.LongBits(object.seqs[i].low >>> 0, object.seqs[i].high >>> 0).toNumber(true);
                }
                if (object.reason !== 0 && (typeof object.reason !== "string" || $root.bwc.v1.NackReason[object.reason] !== 0))
                    switch (object.reason) {
                    case "NACK_REASON_UNSPECIFIED":
                    case 0:
                        message.reason = 0;
                        break;
                    case "NACK_REASON_INVALID":
                    case 1:
                        message.reason = 1;
                        break;
                    case "NACK_REASON_UNKNOWN_DEVICE":
                    case 2:
                        message.reason = 2;
                        break;
                    case "NACK_REASON_TOO_LARGE":
                    case 3:
                        message.reason = 3;
                        break;
                    case "NACK_REASON_RETRY_LATER":
                    case 4:
                        message.reason = 4;
                        break;
                    case "NACK_REASON_NOT_AUTHENTICATED":
                    case 5:
                        message.reason = 5;
                        break;
                    default:
                        if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                            message.reason = object.reason;
                    }
                if (object.resend != null)
                    if (object.resend)
                        message.resend = $Boolean(object.resend);
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                if (object.frameCrc != null)
                    if ($Number(object.frameCrc) !== 0)
                        message.frameCrc = object.frameCrc >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Nack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Nack
             * @static
             * @param {bwc.v1.Nack} message Nack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Nack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.seqs = [];
                if (options.defaults) {
                    object.deviceId = "";
                    object.bootId = 0;
                    object.reason = options.enums === $String ? "NACK_REASON_UNSPECIFIED" : 0;
                    object.resend = false;
                    object.detail = "";
                    object.frameCrc = 0;
                }
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
                if (message.seqs && message.seqs.length) {
                    object.seqs = $Array(message.seqs.length);
                    for (let j = 0; j < message.seqs.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.seqs[j] = typeof message.seqs[j] === "number" ? $BigInt(message.seqs[j]) : $util.Long.fromBits(message.seqs[j].low >>> 0, message.seqs[j].high >>> 0, true).toBigInt();
                        else if (typeof message.seqs[j] === "number")
                            object.seqs[j] = options.longs === $String ? $String(message.seqs[j]) : message.seqs[j];
                        else
                            object.seqs[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.seqs[j]) : options.longs === $Number ? new $util.LongBits(message.seqs[j].low >>> 0, message.seqs[j].high >>> 0).toNumber(true) : message.seqs[j];
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === $String ? $root.bwc.v1.NackReason[message.reason] === $undefined ? message.reason : $root.bwc.v1.NackReason[message.reason] : message.reason;
                if (message.resend != null && $Object.hasOwnProperty.call(message, "resend"))
                    object.resend = message.resend;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                if (message.frameCrc != null && $Object.hasOwnProperty.call(message, "frameCrc"))
                    object.frameCrc = message.frameCrc;
                return object;
            };

            /**
             * Converts this Nack to JSON.
             * @function toJSON
             * @memberof bwc.v1.Nack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Nack.prototype.toJSON = function() {
                return Nack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Nack
             * @function getTypeUrl
             * @memberof bwc.v1.Nack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Nack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Nack";
            };

            return Nack;
        })();

        v1.DockAuth = (function() {

            /**
             * Properties of a DockAuth.
             * @typedef {Object} bwc.v1.DockAuth.$Properties
             * @property {string|null} [dockId] DockAuth dockId
             * @property {string|null} [secret] DockAuth secret
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DockAuth.
             * @memberof bwc.v1
             * @interface IDockAuth
             * @augments bwc.v1.DockAuth.$Properties
             * @deprecated Use bwc.v1.DockAuth.$Properties instead.
             */

            /**
             * Shape of a DockAuth.
             * @typedef {bwc.v1.DockAuth.$Properties} bwc.v1.DockAuth.$Shape
             */

            /**
             * Constructs a new DockAuth.
             * @memberof bwc.v1
             * @classdesc Represents a DockAuth.
             * @constructor
             * @param {bwc.v1.DockAuth.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DockAuth = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DockAuth dockId.
             * @member {string} dockId
             * @memberof bwc.v1.DockAuth
             * @instance
             */
            DockAuth.prototype.dockId = "";

            /**
             * DockAuth secret.
             * @member {string} secret
             * @memberof bwc.v1.DockAuth
             * @instance
             */
            DockAuth.prototype.secret = "";

            /**
             * Creates a new DockAuth instance using the specified properties.
             * @function create
             * @memberof bwc.v1.DockAuth
             * @static
             * @param {bwc.v1.DockAuth.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.DockAuth} DockAuth instance
             * @type {{
             *   (properties: bwc.v1.DockAuth.$Shape): bwc.v1.DockAuth & bwc.v1.DockAuth.$Shape;
             *   (properties?: bwc.v1.DockAuth.$Properties): bwc.v1.DockAuth;
             * }}
             */
            DockAuth.create = function(properties) {
                return new DockAuth(properties);
            };

            /**
             * Encodes the specified DockAuth message. Does not implicitly {@link bwc.v1.DockAuth.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.DockAuth
             * @static
             * @param {bwc.v1.DockAuth.$Properties} message DockAuth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DockAuth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dockId != null && $Object.hasOwnProperty.call(message, "dockId") && message.dockId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.dockId);
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.secret);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DockAuth message, length delimited. Does not implicitly {@link bwc.v1.DockAuth.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.DockAuth
             * @static
             * @param {bwc.v1.DockAuth.$Properties} message DockAuth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DockAuth.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DockAuth message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.DockAuth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.DockAuth & bwc.v1.DockAuth.$Shape} DockAuth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DockAuth.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.DockAuth();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dockId = value;
                            else
                                delete message.dockId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.secret = value;
                            else
                                delete message.secret;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DockAuth message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.DockAuth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.DockAuth & bwc.v1.DockAuth.$Shape} DockAuth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DockAuth.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DockAuth message.
             * @function verify
             * @memberof bwc.v1.DockAuth
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DockAuth.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dockId != null && $Object.hasOwnProperty.call(message, "dockId"))
                    if (!$util.isString(message.dockId))
                        return "dockId: string expected";
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                    if (!$util.isString(message.secret))
                        return "secret: string expected";
                return null;
            };

            /**
             * Creates a DockAuth message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.DockAuth
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.DockAuth} DockAuth
             */
            DockAuth.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.DockAuth)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.DockAuth: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.DockAuth();
                if (object.dockId != null)
                    if (typeof object.dockId !== "string" || object.dockId.length)
                        message.dockId = $String(object.dockId);
                if (object.secret != null)
                    if (typeof object.secret !== "string" || object.secret.length)
                        message.secret = $String(object.secret);
                return message;
            };

            /**
             * Creates a plain object from a DockAuth message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.DockAuth
             * @static
             * @param {bwc.v1.DockAuth} message DockAuth
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DockAuth.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.dockId = "";
                    object.secret = "";
                }
                if (message.dockId != null && $Object.hasOwnProperty.call(message, "dockId"))
                    object.dockId = message.dockId;
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                    object.secret = message.secret;
                return object;
            };

            /**
             * Converts this DockAuth to JSON.
             * @function toJSON
             * @memberof bwc.v1.DockAuth
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DockAuth.prototype.toJSON = function() {
                return DockAuth.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DockAuth
             * @function getTypeUrl
             * @memberof bwc.v1.DockAuth
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DockAuth.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.DockAuth";
            };

            return DockAuth;
        })();

        v1.DockAuthReply = (function() {

            /**
             * Properties of a DockAuthReply.
             * @typedef {Object} bwc.v1.DockAuthReply.$Properties
             * @property {string|null} [dockId] DockAuthReply dockId
             * @property {boolean|null} [accepted] DockAuthReply accepted
             * @property {string|null} [reason] DockAuthReply reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DockAuthReply.
             * @memberof bwc.v1
             * @interface IDockAuthReply
             * @augments bwc.v1.DockAuthReply.$Properties
             * @deprecated Use bwc.v1.DockAuthReply.$Properties instead.
             */

            /**
             * Shape of a DockAuthReply.
             * @typedef {bwc.v1.DockAuthReply.$Properties} bwc.v1.DockAuthReply.$Shape
             */

            /**
             * Constructs a new DockAuthReply.
             * @memberof bwc.v1
             * @classdesc Represents a DockAuthReply.
             * @constructor
             * @param {bwc.v1.DockAuthReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DockAuthReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DockAuthReply dockId.
             * @member {string} dockId
             * @memberof bwc.v1.DockAuthReply
             * @instance
             */
            DockAuthReply.prototype.dockId = "";

            /**
             * DockAuthReply accepted.
             * @member {boolean} accepted
             * @memberof bwc.v1.DockAuthReply
             * @instance
             */
            DockAuthReply.prototype.accepted = false;

            /**
             * DockAuthReply reason.
             * @member {string} reason
             * @memberof bwc.v1.DockAuthReply
             * @instance
             */
            DockAuthReply.prototype.reason = "";

            /**
             * Creates a new DockAuthReply instance using the specified properties.
             * @function create
             * @memberof bwc.v1.DockAuthReply
             * @static
             * @param {bwc.v1.DockAuthReply.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.DockAuthReply} DockAuthReply instance
             * @type {{
             *   (properties: bwc.v1.DockAuthReply.$Shape): bwc.v1.DockAuthReply & bwc.v1.DockAuthReply.$Shape;
             *   (properties?: bwc.v1.DockAuthReply.$Properties): bwc.v1.DockAuthReply;
             * }}
             */
            DockAuthReply.create = function(properties) {
                return new DockAuthReply(properties);
            };

            /**
             * Encodes the specified DockAuthReply message. Does not implicitly {@link bwc.v1.DockAuthReply.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.DockAuthReply
             * @static
             * @param {bwc.v1.DockAuthReply.$Properties} message DockAuthReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DockAuthReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dockId != null && $Object.hasOwnProperty.call(message, "dockId") && message.dockId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.dockId);
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.accepted);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DockAuthReply message, length delimited. Does not implicitly {@link bwc.v1.DockAuthReply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.DockAuthReply
             * @static
             * @param {bwc.v1.DockAuthReply.$Properties} message DockAuthReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DockAuthReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DockAuthReply message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.DockAuthReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.DockAuthReply & bwc.v1.DockAuthReply.$Shape} DockAuthReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DockAuthReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.DockAuthReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dockId = value;
                            else
                                delete message.dockId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.accepted = value;
                            else
                                delete message.accepted;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DockAuthReply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.DockAuthReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.DockAuthReply & bwc.v1.DockAuthReply.$Shape} DockAuthReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DockAuthReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DockAuthReply message.
             * @function verify
             * @memberof bwc.v1.DockAuthReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DockAuthReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dockId != null && $Object.hasOwnProperty.call(message, "dockId"))
                    if (!$util.isString(message.dockId))
                        return "dockId: string expected";
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    if (typeof message.accepted !== "boolean")
                        return "accepted: boolean expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a DockAuthReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.DockAuthReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.DockAuthReply} DockAuthReply
             */
            DockAuthReply.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.DockAuthReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.DockAuthReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.DockAuthReply();
                if (object.dockId != null)
                    if (typeof object.dockId !== "string" || object.dockId.length)
                        message.dockId = $String(object.dockId);
                if (object.accepted != null)
                    if (object.accepted)
                        message.accepted = $Boolean(object.accepted);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a DockAuthReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.DockAuthReply
             * @static
             * @param {bwc.v1.DockAuthReply} message DockAuthReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DockAuthReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.dockId = "";
                    object.accepted = false;
                    object.reason = "";
                }
                if (message.dockId != null && $Object.hasOwnProperty.call(message, "dockId"))
                    object.dockId = message.dockId;
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    object.accepted = message.accepted;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this DockAuthReply to JSON.
             * @function toJSON
             * @memberof bwc.v1.DockAuthReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DockAuthReply.prototype.toJSON = function() {
                return DockAuthReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DockAuthReply
             * @function getTypeUrl
             * @memberof bwc.v1.DockAuthReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DockAuthReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.DockAuthReply";
            };

            return DockAuthReply;
        })();

        v1.DeviceState = (function() {

            /**
             * Properties of a DeviceState.
             * @typedef {Object} bwc.v1.DeviceState.$Properties
             * @property {string|null} [deviceId] DeviceState deviceId
             * @property {bwc.v1.DeviceMode|null} [mode] DeviceState mode
             * @property {boolean|null} [recording] DeviceState recording
             * @property {number|null} [batteryPercent] DeviceState batteryPercent
             * @property {boolean|null} [charging] DeviceState charging
             * @property {number|null} [storageTotalBytes] DeviceState storageTotalBytes
             * @property {number|null} [storageUsedBytes] DeviceState storageUsedBytes
             * @property {number|null} [lat] DeviceState lat
             * @property {number|null} [lon] DeviceState lon
             * @property {bwc.v1.GpsFix|null} [gpsFix] DeviceState gpsFix
             * @property {number|null} [gpsAccuracyM] DeviceState gpsAccuracyM
             * @property {number|null} [lastSeenMs] DeviceState lastSeenMs
             * @property {boolean|null} [online] DeviceState online
             * @property {string|null} [firmwareVersion] DeviceState firmwareVersion
             * @property {string|null} [model] DeviceState model
             * @property {string|null} [vendor] DeviceState vendor
             * @property {string|null} [officerId] DeviceState officerId
             * @property {number|null} [bootId] DeviceState bootId
             * @property {number|null} [lastSeq] DeviceState lastSeq
             * @property {number|null} [openAlerts] DeviceState openAlerts
             * @property {number|null} [clockOffsetMs] DeviceState clockOffsetMs
             * @property {number|null} [updatedMs] DeviceState updatedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceState.
             * @memberof bwc.v1
             * @interface IDeviceState
             * @augments bwc.v1.DeviceState.$Properties
             * @deprecated Use bwc.v1.DeviceState.$Properties instead.
             */

            /**
             * Shape of a DeviceState.
             * @typedef {bwc.v1.DeviceState.$Properties} bwc.v1.DeviceState.$Shape
             */

            /**
             * Constructs a new DeviceState.
             * @memberof bwc.v1
             * @classdesc Represents a DeviceState.
             * @constructor
             * @param {bwc.v1.DeviceState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceState deviceId.
             * @member {string} deviceId
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.deviceId = "";

            /**
             * DeviceState mode.
             * @member {bwc.v1.DeviceMode} mode
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.mode = 0;

            /**
             * DeviceState recording.
             * @member {boolean} recording
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.recording = false;

            /**
             * DeviceState batteryPercent.
             * @member {number} batteryPercent
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.batteryPercent = 0;

            /**
             * DeviceState charging.
             * @member {boolean} charging
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.charging = false;

            /**
             * DeviceState storageTotalBytes.
             * @member {number} storageTotalBytes
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.storageTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceState storageUsedBytes.
             * @member {number} storageUsedBytes
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.storageUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceState lat.
             * @member {number} lat
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.lat = 0;

            /**
             * DeviceState lon.
             * @member {number} lon
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.lon = 0;

            /**
             * DeviceState gpsFix.
             * @member {bwc.v1.GpsFix} gpsFix
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.gpsFix = 0;

            /**
             * DeviceState gpsAccuracyM.
             * @member {number} gpsAccuracyM
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.gpsAccuracyM = 0;

            /**
             * DeviceState lastSeenMs.
             * @member {number} lastSeenMs
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DeviceState online.
             * @member {boolean} online
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.online = false;

            /**
             * DeviceState firmwareVersion.
             * @member {string} firmwareVersion
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.firmwareVersion = "";

            /**
             * DeviceState model.
             * @member {string} model
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.model = "";

            /**
             * DeviceState vendor.
             * @member {string} vendor
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.vendor = "";

            /**
             * DeviceState officerId.
             * @member {string} officerId
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.officerId = "";

            /**
             * DeviceState bootId.
             * @member {number} bootId
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.bootId = 0;

            /**
             * DeviceState lastSeq.
             * @member {number} lastSeq
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceState openAlerts.
             * @member {number} openAlerts
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.openAlerts = 0;

            /**
             * DeviceState clockOffsetMs.
             * @member {number} clockOffsetMs
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.clockOffsetMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DeviceState updatedMs.
             * @member {number} updatedMs
             * @memberof bwc.v1.DeviceState
             * @instance
             */
            DeviceState.prototype.updatedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new DeviceState instance using the specified properties.
             * @function create
             * @memberof bwc.v1.DeviceState
             * @static
             * @param {bwc.v1.DeviceState.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.DeviceState} DeviceState instance
             * @type {{
             *   (properties: bwc.v1.DeviceState.$Shape): bwc.v1.DeviceState & bwc.v1.DeviceState.$Shape;
             *   (properties?: bwc.v1.DeviceState.$Properties): bwc.v1.DeviceState;
             * }}
             */
            DeviceState.create = function(properties) {
                return new DeviceState(properties);
            };

            /**
             * Encodes the specified DeviceState message. Does not implicitly {@link bwc.v1.DeviceState.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.DeviceState
             * @static
             * @param {bwc.v1.DeviceState.$Properties} message DeviceState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.mode);
                if (message.recording != null && $Object.hasOwnProperty.call(message, "recording") && message.recording !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.recording);
                if (message.batteryPercent != null && $Object.hasOwnProperty.call(message, "batteryPercent") && message.batteryPercent !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.batteryPercent);
                if (message.charging != null && $Object.hasOwnProperty.call(message, "charging") && message.charging !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.charging);
                if (message.storageTotalBytes != null && $Object.hasOwnProperty.call(message, "storageTotalBytes") && (typeof message.storageTotalBytes === "object" ? message.storageTotalBytes.low || message.storageTotalBytes.high : message.storageTotalBytes !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.storageTotalBytes);
                if (message.storageUsedBytes != null && $Object.hasOwnProperty.call(message, "storageUsedBytes") && (typeof message.storageUsedBytes === "object" ? message.storageUsedBytes.low || message.storageUsedBytes.high : message.storageUsedBytes !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.storageUsedBytes);
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat") && !$Object.is(message.lat, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.lat);
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon") && !$Object.is(message.lon, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.lon);
                if (message.gpsFix != null && $Object.hasOwnProperty.call(message, "gpsFix") && message.gpsFix !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).int32(message.gpsFix);
                if (message.gpsAccuracyM != null && $Object.hasOwnProperty.call(message, "gpsAccuracyM") && !$Object.is(message.gpsAccuracyM, 0))
                    writer.uint32(/* id 11, wireType 5 =*/93).float(message.gpsAccuracyM);
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs") && (typeof message.lastSeenMs === "object" ? message.lastSeenMs.low || message.lastSeenMs.high : message.lastSeenMs !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).int64(message.lastSeenMs);
                if (message.online != null && $Object.hasOwnProperty.call(message, "online") && message.online !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.online);
                if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion") && message.firmwareVersion !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.firmwareVersion);
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.model);
                if (message.vendor != null && $Object.hasOwnProperty.call(message, "vendor") && message.vendor !== "")
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.vendor);
                if (message.officerId != null && $Object.hasOwnProperty.call(message, "officerId") && message.officerId !== "")
                    writer.uint32(/* id 17, wireType 2 =*/138).string(message.officerId);
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== 0)
                    writer.uint32(/* id 18, wireType 0 =*/144).uint32(message.bootId);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 19, wireType 0 =*/152).uint64(message.lastSeq);
                if (message.openAlerts != null && $Object.hasOwnProperty.call(message, "openAlerts") && message.openAlerts !== 0)
                    writer.uint32(/* id 20, wireType 0 =*/160).uint32(message.openAlerts);
                if (message.clockOffsetMs != null && $Object.hasOwnProperty.call(message, "clockOffsetMs") && (typeof message.clockOffsetMs === "object" ? message.clockOffsetMs.low || message.clockOffsetMs.high : message.clockOffsetMs !== 0))
                    writer.uint32(/* id 21, wireType 0 =*/168).int64(message.clockOffsetMs);
                if (message.updatedMs != null && $Object.hasOwnProperty.call(message, "updatedMs") && (typeof message.updatedMs === "object" ? message.updatedMs.low || message.updatedMs.high : message.updatedMs !== 0))
                    writer.uint32(/* id 22, wireType 0 =*/176).int64(message.updatedMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeviceState message, length delimited. Does not implicitly {@link bwc.v1.DeviceState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.DeviceState
             * @static
             * @param {bwc.v1.DeviceState.$Properties} message DeviceState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceState message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.DeviceState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.DeviceState & bwc.v1.DeviceState.$Shape} DeviceState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.DeviceState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.recording = value;
                            else
                                delete message.recording;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.batteryPercent = value;
                            else
                                delete message.batteryPercent;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.charging = value;
                            else
                                delete message.charging;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.storageTotalBytes = value;
                            else
                                delete message.storageTotalBytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.storageUsedBytes = value;
                            else
                                delete message.storageUsedBytes;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lat = value;
                            else
                                delete message.lat;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lon = value;
                            else
                                delete message.lon;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.gpsFix = value;
                            else
                                delete message.gpsFix;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.gpsAccuracyM = value;
                            else
                                delete message.gpsAccuracyM;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeenMs = value;
                            else
                                delete message.lastSeenMs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.online = value;
                            else
                                delete message.online;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.firmwareVersion = value;
                            else
                                delete message.firmwareVersion;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vendor = value;
                            else
                                delete message.vendor;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.officerId = value;
                            else
                                delete message.officerId;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bootId = value;
                            else
                                delete message.bootId;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.openAlerts = value;
                            else
                                delete message.openAlerts;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.clockOffsetMs = value;
                            else
                                delete message.clockOffsetMs;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedMs = value;
                            else
                                delete message.updatedMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DeviceState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.DeviceState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.DeviceState & bwc.v1.DeviceState.$Shape} DeviceState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceState message.
             * @function verify
             * @memberof bwc.v1.DeviceState
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                if (message.recording != null && $Object.hasOwnProperty.call(message, "recording"))
                    if (typeof message.recording !== "boolean")
                        return "recording: boolean expected";
                if (message.batteryPercent != null && $Object.hasOwnProperty.call(message, "batteryPercent"))
                    if (!$util.isInteger(message.batteryPercent))
                        return "batteryPercent: integer expected";
                if (message.charging != null && $Object.hasOwnProperty.call(message, "charging"))
                    if (typeof message.charging !== "boolean")
                        return "charging: boolean expected";
                if (message.storageTotalBytes != null && $Object.hasOwnProperty.call(message, "storageTotalBytes"))
                    if (!$util.isInteger(message.storageTotalBytes) && !(message.storageTotalBytes && $util.isInteger(message.storageTotalBytes.low) && $util.isInteger(message.storageTotalBytes.high)))
                        return "storageTotalBytes: integer|Long expected";
                if (message.storageUsedBytes != null && $Object.hasOwnProperty.call(message, "storageUsedBytes"))
                    if (!$util.isInteger(message.storageUsedBytes) && !(message.storageUsedBytes && $util.isInteger(message.storageUsedBytes.low) && $util.isInteger(message.storageUsedBytes.high)))
                        return "storageUsedBytes: integer|Long expected";
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    if (typeof message.lat !== "number")
                        return "lat: number expected";
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    if (typeof message.lon !== "number")
                        return "lon: number expected";
                if (message.gpsFix != null && $Object.hasOwnProperty.call(message, "gpsFix"))
                    if (typeof message.gpsFix !== "number" || (message.gpsFix | 0) !== message.gpsFix)
                        return "gpsFix: enum value expected";
                if (message.gpsAccuracyM != null && $Object.hasOwnProperty.call(message, "gpsAccuracyM"))
                    if (typeof message.gpsAccuracyM !== "number")
                        return "gpsAccuracyM: number expected";
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs"))
                    if (!$util.isInteger(message.lastSeenMs) && !(message.lastSeenMs && $util.isInteger(message.lastSeenMs.low) && $util.isInteger(message.lastSeenMs.high)))
                        return "lastSeenMs: integer|Long expected";
                if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                    if (typeof message.online !== "boolean")
                        return "online: boolean expected";
                if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion"))
                    if (!$util.isString(message.firmwareVersion))
                        return "firmwareVersion: string expected";
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
                if (message.vendor != null && $Object.hasOwnProperty.call(message, "vendor"))
                    if (!$util.isString(message.vendor))
                        return "vendor: string expected";
                if (message.officerId != null && $Object.hasOwnProperty.call(message, "officerId"))
                    if (!$util.isString(message.officerId))
                        return "officerId: string expected";
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    if (!$util.isInteger(message.bootId))
                        return "bootId: integer expected";
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (!$util.isInteger(message.lastSeq) && !(message.lastSeq && $util.isInteger(message.lastSeq.low) && $util.isInteger(message.lastSeq.high)))
                        return "lastSeq: integer|Long expected";
                if (message.openAlerts != null && $Object.hasOwnProperty.call(message, "openAlerts"))
                    if (!$util.isInteger(message.openAlerts))
                        return "openAlerts: integer expected";
                if (message.clockOffsetMs != null && $Object.hasOwnProperty.call(message, "clockOffsetMs"))
                    if (!$util.isInteger(message.clockOffsetMs) && !(message.clockOffsetMs && $util.isInteger(message.clockOffsetMs.low) && $util.isInteger(message.clockOffsetMs.high)))
                        return "clockOffsetMs: integer|Long expected";
                if (message.updatedMs != null && $Object.hasOwnProperty.call(message, "updatedMs"))
                    if (!$util.isInteger(message.updatedMs) && !(message.updatedMs && $util.isInteger(message.updatedMs.low) && $util.isInteger(message.updatedMs.high)))
                        return "updatedMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a DeviceState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.DeviceState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.DeviceState} DeviceState
             */
            DeviceState.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.DeviceState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.DeviceState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.DeviceState();
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.bwc.v1.DeviceMode[object.mode] !== 0))
                    switch (object.mode) {
                    case "DEVICE_MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "DEVICE_MODE_OFF":
                    case 1:
                        message.mode = 1;
                        break;
                    case "DEVICE_MODE_READY":
                    case 2:
                        message.mode = 2;
                        break;
                    case "DEVICE_MODE_SLEEP":
                    case 3:
                        message.mode = 3;
                        break;
                    case "DEVICE_MODE_DOCKED":
                    case 4:
                        message.mode = 4;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                if (object.recording != null)
                    if (object.recording)
                        message.recording = $Boolean(object.recording);
                if (object.batteryPercent != null)
                    if ($Number(object.batteryPercent) !== 0)
                        message.batteryPercent = object.batteryPercent | 0;
                if (object.charging != null)
                    if (object.charging)
                        message.charging = $Boolean(object.charging);
                if (object.storageTotalBytes != null)
                    if (typeof object.storageTotalBytes === "object" ? object.storageTotalBytes.low || object.storageTotalBytes.high : $Number(object.storageTotalBytes) !== 0)
                        if ($util.Long)
                            message.storageTotalBytes = $util.Long.fromValue(object.storageTotalBytes, true);
                        else if (typeof object.storageTotalBytes === "string")
                            message.storageTotalBytes = $parseInt(object.storageTotalBytes, 10);
                        else if (typeof object.storageTotalBytes === "number")
                            message.storageTotalBytes = object.storageTotalBytes;
                        else if (typeof object.storageTotalBytes === "object")
                            message.storageTotalBytes = new $util.LongBits(object.storageTotalBytes.low >>> 0, object.storageTotalBytes.high >>> 0).toNumber(true);
                if (object.storageUsedBytes != null)
                    if (typeof object.storageUsedBytes === "object" ? object.storageUsedBytes.low || object.storageUsedBytes.high : $Number(object.storageUsedBytes) !== 0)
                        if ($util.Long)
                            message.storageUsedBytes = $util.Long.fromValue(object.storageUsedBytes, true);
                        else if (typeof object.storageUsedBytes === "string")
                            message.storageUsedBytes = $parseInt(object.storageUsedBytes, 10);
                        else if (typeof object.storageUsedBytes === "number")
                            message.storageUsedBytes = object.storageUsedBytes;
                        else if (typeof object.storageUsedBytes === "object")
                            message.storageUsedBytes = new $util.LongBits(object.storageUsedBytes.low >>> 0, object.storageUsedBytes.high >>> 0).toNumber(true);
                if (object.lat != null)
                    if (!$Object.is($Number(object.lat), 0))
                        message.lat = $Number(object.lat);
                if (object.lon != null)
                    if (!$Object.is($Number(object.lon), 0))
                        message.lon = $Number(object.lon);
                if (object.gpsFix !== 0 && (typeof object.gpsFix !== "string" || $root.bwc.v1.GpsFix[object.gpsFix] !== 0))
                    switch (object.gpsFix) {
                    case "GPS_FIX_UNSPECIFIED":
                    case 0:
                        message.gpsFix = 0;
                        break;
                    case "GPS_FIX_NONE":
                    case 1:
                        message.gpsFix = 1;
                        break;
                    case "GPS_FIX_2D":
                    case 2:
                        message.gpsFix = 2;
                        break;
                    case "GPS_FIX_3D":
                    case 3:
                        message.gpsFix = 3;
                        break;
                    default:
                        if (typeof object.gpsFix === "number" && (object.gpsFix | 0) === object.gpsFix)
                            message.gpsFix = object.gpsFix;
                    }
                if (object.gpsAccuracyM != null)
                    if (!$Object.is($Number(object.gpsAccuracyM), 0))
                        message.gpsAccuracyM = $Number(object.gpsAccuracyM);
                if (object.lastSeenMs != null)
                    if (typeof object.lastSeenMs === "object" ? object.lastSeenMs.low || object.lastSeenMs.high : $Number(object.lastSeenMs) !== 0)
                        if ($util.Long)
                            message.lastSeenMs = $util.Long.fromValue(object.lastSeenMs, false);
                        else if (typeof object.lastSeenMs === "string")
                            message.lastSeenMs = $parseInt(object.lastSeenMs, 10);
                        else if (typeof object.lastSeenMs === "number")
                            message.lastSeenMs = object.lastSeenMs;
                        else if (typeof object.lastSeenMs === "object")
                            message.lastSeenMs = new $util.LongBits(object.lastSeenMs.low >>> 0, object.lastSeenMs.high >>> 0).toNumber();
                if (object.online != null)
                    if (object.online)
                        message.online = $Boolean(object.online);
                if (object.firmwareVersion != null)
                    if (typeof object.firmwareVersion !== "string" || object.firmwareVersion.length)
                        message.firmwareVersion = $String(object.firmwareVersion);
                if (object.model != null)
                    if (typeof object.model !== "string" || object.model.length)
                        message.model = $String(object.model);
                if (object.vendor != null)
                    if (typeof object.vendor !== "string" || object.vendor.length)
                        message.vendor = $String(object.vendor);
                if (object.officerId != null)
                    if (typeof object.officerId !== "string" || object.officerId.length)
                        message.officerId = $String(object.officerId);
                if (object.bootId != null)
                    if ($Number(object.bootId) !== 0)
                        message.bootId = object.bootId >>> 0;
                if (object.lastSeq != null)
                    if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = $parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                if (object.openAlerts != null)
                    if ($Number(object.openAlerts) !== 0)
                        message.openAlerts = object.openAlerts >>> 0;
                if (object.clockOffsetMs != null)
                    if (typeof object.clockOffsetMs === "object" ? object.clockOffsetMs.low || object.clockOffsetMs.high : $Number(object.clockOffsetMs) !== 0)
                        if ($util.Long)
                            message.clockOffsetMs = $util.Long.fromValue(object.clockOffsetMs, false);
                        else if (typeof object.clockOffsetMs === "string")
                            message.clockOffsetMs = $parseInt(object.clockOffsetMs, 10);
                        else if (typeof object.clockOffsetMs === "number")
                            message.clockOffsetMs = object.clockOffsetMs;
                        else if (typeof object.clockOffsetMs === "object")
                            message.clockOffsetMs = new $util.LongBits(object.clockOffsetMs.low >>> 0, object.clockOffsetMs.high >>> 0).toNumber();
                if (object.updatedMs != null)
                    if (typeof object.updatedMs === "object" ? object.updatedMs.low || object.updatedMs.high : $Number(object.updatedMs) !== 0)
                        if ($util.Long)
                            message.updatedMs = $util.Long.fromValue(object.updatedMs, false);
                        else if (typeof object.updatedMs === "string")
                            message.updatedMs = $parseInt(object.updatedMs, 10);
                        else if (typeof object.updatedMs === "number")
                            message.updatedMs = object.updatedMs;
                        else if (typeof object.updatedMs === "object")
                            message.updatedMs = new $util.LongBits(object.updatedMs.low >>> 0, object.updatedMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a DeviceState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.DeviceState
             * @static
             * @param {bwc.v1.DeviceState} message DeviceState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.deviceId = "";
                    object.mode = options.enums === $String ? "DEVICE_MODE_UNSPECIFIED" : 0;
                    object.recording = false;
                    object.batteryPercent = 0;
                    object.charging = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.storageTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.storageTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.storageUsedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.storageUsedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.lat = 0;
                    object.lon = 0;
                    object.gpsFix = options.enums === $String ? "GPS_FIX_UNSPECIFIED" : 0;
                    object.gpsAccuracyM = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastSeenMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeenMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.online = false;
                    object.firmwareVersion = "";
                    object.model = "";
                    object.vendor = "";
                    object.officerId = "";
                    object.bootId = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.openAlerts = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.clockOffsetMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.clockOffsetMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.updatedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.updatedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.bwc.v1.DeviceMode[message.mode] === $undefined ? message.mode : $root.bwc.v1.DeviceMode[message.mode] : message.mode;
                if (message.recording != null && $Object.hasOwnProperty.call(message, "recording"))
                    object.recording = message.recording;
                if (message.batteryPercent != null && $Object.hasOwnProperty.call(message, "batteryPercent"))
                    object.batteryPercent = message.batteryPercent;
                if (message.charging != null && $Object.hasOwnProperty.call(message, "charging"))
                    object.charging = message.charging;
                if (message.storageTotalBytes != null && $Object.hasOwnProperty.call(message, "storageTotalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.storageTotalBytes = typeof message.storageTotalBytes === "number" ? $BigInt(message.storageTotalBytes) : $util.Long.fromBits(message.storageTotalBytes.low >>> 0, message.storageTotalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.storageTotalBytes === "number")
                        object.storageTotalBytes = options.longs === $String ? $String(message.storageTotalBytes) : message.storageTotalBytes;
                    else
                        object.storageTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.storageTotalBytes) : options.longs === $Number ? new $util.LongBits(message.storageTotalBytes.low >>> 0, message.storageTotalBytes.high >>> 0).toNumber(true) : message.storageTotalBytes;
                if (message.storageUsedBytes != null && $Object.hasOwnProperty.call(message, "storageUsedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.storageUsedBytes = typeof message.storageUsedBytes === "number" ? $BigInt(message.storageUsedBytes) : $util.Long.fromBits(message.storageUsedBytes.low >>> 0, message.storageUsedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.storageUsedBytes === "number")
                        object.storageUsedBytes = options.longs === $String ? $String(message.storageUsedBytes) : message.storageUsedBytes;
                    else
                        object.storageUsedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.storageUsedBytes) : options.longs === $Number ? new $util.LongBits(message.storageUsedBytes.low >>> 0, message.storageUsedBytes.high >>> 0).toNumber(true) : message.storageUsedBytes;
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    object.lat = options.json && !$isFinite(message.lat) ? $String(message.lat) : message.lat;
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    object.lon = options.json && !$isFinite(message.lon) ? $String(message.lon) : message.lon;
                if (message.gpsFix != null && $Object.hasOwnProperty.call(message, "gpsFix"))
                    object.gpsFix = options.enums === $String ? $root.bwc.v1.GpsFix[message.gpsFix] === $undefined ? message.gpsFix : $root.bwc.v1.GpsFix[message.gpsFix] : message.gpsFix;
                if (message.gpsAccuracyM != null && $Object.hasOwnProperty.call(message, "gpsAccuracyM"))
                    object.gpsAccuracyM = options.json && !$isFinite(message.gpsAccuracyM) ? $String(message.gpsAccuracyM) : message.gpsAccuracyM;
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeenMs = typeof message.lastSeenMs === "number" ? $BigInt(message.lastSeenMs) : $util.Long.fromBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastSeenMs === "number")
                        object.lastSeenMs = options.longs === $String ? $String(message.lastSeenMs) : message.lastSeenMs;
                    else
                        object.lastSeenMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeenMs) : options.longs === $Number ? new $util.LongBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0).toNumber() : message.lastSeenMs;
                if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                    object.online = message.online;
                if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion"))
                    object.firmwareVersion = message.firmwareVersion;
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.vendor != null && $Object.hasOwnProperty.call(message, "vendor"))
                    object.vendor = message.vendor;
                if (message.officerId != null && $Object.hasOwnProperty.call(message, "officerId"))
                    object.officerId = message.officerId;
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                if (message.openAlerts != null && $Object.hasOwnProperty.call(message, "openAlerts"))
                    object.openAlerts = message.openAlerts;
                if (message.clockOffsetMs != null && $Object.hasOwnProperty.call(message, "clockOffsetMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.clockOffsetMs = typeof message.clockOffsetMs === "number" ? $BigInt(message.clockOffsetMs) : $util.Long.fromBits(message.clockOffsetMs.low >>> 0, message.clockOffsetMs.high >>> 0, false).toBigInt();
                    else if (typeof message.clockOffsetMs === "number")
                        object.clockOffsetMs = options.longs === $String ? $String(message.clockOffsetMs) : message.clockOffsetMs;
                    else
                        object.clockOffsetMs = options.longs === $String ? $util.Long.prototype.toString.call(message.clockOffsetMs) : options.longs === $Number ? new $util.LongBits(message.clockOffsetMs.low >>> 0, message.clockOffsetMs.high >>> 0).toNumber() : message.clockOffsetMs;
                if (message.updatedMs != null && $Object.hasOwnProperty.call(message, "updatedMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.updatedMs = typeof message.updatedMs === "number" ? $BigInt(message.updatedMs) : $util.Long.fromBits(message.updatedMs.low >>> 0, message.updatedMs.high >>> 0, false).toBigInt();
                    else if (typeof message.updatedMs === "number")
                        object.updatedMs = options.longs === $String ? $String(message.updatedMs) : message.updatedMs;
                    else
                        object.updatedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedMs) : options.longs === $Number ? new $util.LongBits(message.updatedMs.low >>> 0, message.updatedMs.high >>> 0).toNumber() : message.updatedMs;
                return object;
            };

            /**
             * Converts this DeviceState to JSON.
             * @function toJSON
             * @memberof bwc.v1.DeviceState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceState.prototype.toJSON = function() {
                return DeviceState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceState
             * @function getTypeUrl
             * @memberof bwc.v1.DeviceState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.DeviceState";
            };

            return DeviceState;
        })();

        v1.Telemetry = (function() {

            /**
             * Properties of a Telemetry.
             * @typedef {Object} bwc.v1.Telemetry.$Properties
             * @property {string|null} [deviceId] Telemetry deviceId
             * @property {number|null} [bootId] Telemetry bootId
             * @property {number|null} [seq] Telemetry seq
             * @property {number|null} [timeMs] Telemetry timeMs
             * @property {bwc.v1.Hello.$Properties|null} [hello] Telemetry hello
             * @property {bwc.v1.Heartbeat.$Properties|null} [heartbeat] Telemetry heartbeat
             * @property {bwc.v1.RecordingEvent.$Properties|null} [recording] Telemetry recording
             * @property {bwc.v1.ModeChange.$Properties|null} [mode] Telemetry mode
             * @property {bwc.v1.Battery.$Properties|null} [battery] Telemetry battery
             * @property {bwc.v1.Storage.$Properties|null} [storage] Telemetry storage
             * @property {bwc.v1.Gps.$Properties|null} [gps] Telemetry gps
             * @property {bwc.v1.Trigger.$Properties|null} [trigger] Telemetry trigger
             * @property {bwc.v1.Fault.$Properties|null} [fault] Telemetry fault
             * @property {"hello"|"heartbeat"|"recording"|"mode"|"battery"|"storage"|"gps"|"trigger"|"fault"} [body] Telemetry body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Telemetry.
             * @memberof bwc.v1
             * @interface ITelemetry
             * @augments bwc.v1.Telemetry.$Properties
             * @deprecated Use bwc.v1.Telemetry.$Properties instead.
             */

            /**
             * Narrowed shape of a Telemetry.
             * @typedef {{
             *   deviceId?: string|null;
             *   bootId?: number|null;
             *   seq?: number|null;
             *   timeMs?: number|null;
             *   hello?: bwc.v1.Hello.$Shape|null;
             *   heartbeat?: bwc.v1.Heartbeat.$Shape|null;
             *   recording?: bwc.v1.RecordingEvent.$Shape|null;
             *   mode?: bwc.v1.ModeChange.$Shape|null;
             *   battery?: bwc.v1.Battery.$Shape|null;
             *   storage?: bwc.v1.Storage.$Shape|null;
             *   gps?: bwc.v1.Gps.$Shape|null;
             *   trigger?: bwc.v1.Trigger.$Shape|null;
             *   fault?: bwc.v1.Fault.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; heartbeat?: null; recording?: null; mode?: null; battery?: null; storage?: null; gps?: null; trigger?: null; fault?: null }|{ body?: "hello"; hello: bwc.v1.Hello.$Shape; heartbeat?: null; recording?: null; mode?: null; battery?: null; storage?: null; gps?: null; trigger?: null; fault?: null }|{ body?: "heartbeat"; hello?: null; heartbeat: bwc.v1.Heartbeat.$Shape; recording?: null; mode?: null; battery?: null; storage?: null; gps?: null; trigger?: null; fault?: null }|{ body?: "recording"; hello?: null; heartbeat?: null; recording: bwc.v1.RecordingEvent.$Shape; mode?: null; battery?: null; storage?: null; gps?: null; trigger?: null; fault?: null }|{ body?: "mode"; hello?: null; heartbeat?: null; recording?: null; mode: bwc.v1.ModeChange.$Shape; battery?: null; storage?: null; gps?: null; trigger?: null; fault?: null }|{ body?: "battery"; hello?: null; heartbeat?: null; recording?: null; mode?: null; battery: bwc.v1.Battery.$Shape; storage?: null; gps?: null; trigger?: null; fault?: null }|{ body?: "storage"; hello?: null; heartbeat?: null; recording?: null; mode?: null; battery?: null; storage: bwc.v1.Storage.$Shape; gps?: null; trigger?: null; fault?: null }|{ body?: "gps"; hello?: null; heartbeat?: null; recording?: null; mode?: null; battery?: null; storage?: null; gps: bwc.v1.Gps.$Shape; trigger?: null; fault?: null }|{ body?: "trigger"; hello?: null; heartbeat?: null; recording?: null; mode?: null; battery?: null; storage?: null; gps?: null; trigger: bwc.v1.Trigger.$Shape; fault?: null }|{ body?: "fault"; hello?: null; heartbeat?: null; recording?: null; mode?: null; battery?: null; storage?: null; gps?: null; trigger?: null; fault: bwc.v1.Fault.$Shape })
             * )} bwc.v1.Telemetry.$Shape
             */

            /**
             * Constructs a new Telemetry.
             * @memberof bwc.v1
             * @classdesc Represents a Telemetry.
             * @constructor
             * @param {bwc.v1.Telemetry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Telemetry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Telemetry deviceId.
             * @member {string} deviceId
             * @memberof bwc.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.deviceId = "";

            /**
             * Telemetry bootId.
             * @member {number} bootId
             * @memberof bwc.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.bootId = 0;

            /**
             * Telemetry seq.
             * @member {number} seq
             * @memberof bwc.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Telemetry timeMs.
             * @member {number} timeMs
             * @memberof bwc.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Telemetry hello.
             * @member {bwc.v1.Hello.$Properties|null|undefined} hello
             * @memberof bwc.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.hello = null;

            /**
             * Telemetry heartbeat.
             * @member {bwc.v1.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof bwc.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.heartbeat = null;

            /**
             * Telemetry recording.
             * @member {bwc.v1.RecordingEvent.$Properties|null|undefined} recording
             * @memberof bwc.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.recording = null;

            /**
             * Telemetry mode.
             * @member {bwc.v1.ModeChange.$Properties|null|undefined} mode
             * @memberof bwc.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.mode = null;

            /**
             * Telemetry battery.
             * @member {bwc.v1.Battery.$Properties|null|undefined} battery
             * @memberof bwc.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.battery = null;

            /**
             * Telemetry storage.
             * @member {bwc.v1.Storage.$Properties|null|undefined} storage
             * @memberof bwc.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.storage = null;

            /**
             * Telemetry gps.
             * @member {bwc.v1.Gps.$Properties|null|undefined} gps
             * @memberof bwc.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.gps = null;

            /**
             * Telemetry trigger.
             * @member {bwc.v1.Trigger.$Properties|null|undefined} trigger
             * @memberof bwc.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.trigger = null;

            /**
             * Telemetry fault.
             * @member {bwc.v1.Fault.$Properties|null|undefined} fault
             * @memberof bwc.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.fault = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Telemetry body.
             * @member {"hello"|"heartbeat"|"recording"|"mode"|"battery"|"storage"|"gps"|"trigger"|"fault"|undefined} body
             * @memberof bwc.v1.Telemetry
             * @instance
             */
            $Object.defineProperty(Telemetry.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "heartbeat", "recording", "mode", "battery", "storage", "gps", "trigger", "fault"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Telemetry instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Telemetry
             * @static
             * @param {bwc.v1.Telemetry.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Telemetry} Telemetry instance
             * @type {{
             *   (properties: bwc.v1.Telemetry.$Shape): bwc.v1.Telemetry & bwc.v1.Telemetry.$Shape;
             *   (properties?: bwc.v1.Telemetry.$Properties): bwc.v1.Telemetry;
             * }}
             */
            Telemetry.create = function(properties) {
                return new Telemetry(properties);
            };

            /**
             * Encodes the specified Telemetry message. Does not implicitly {@link bwc.v1.Telemetry.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Telemetry
             * @static
             * @param {bwc.v1.Telemetry.$Properties} message Telemetry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Telemetry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.bootId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timeMs);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.bwc.v1.Hello.encode(message.hello, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.bwc.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.recording != null && $Object.hasOwnProperty.call(message, "recording"))
                    $root.bwc.v1.RecordingEvent.encode(message.recording, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    $root.bwc.v1.ModeChange.encode(message.mode, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.battery != null && $Object.hasOwnProperty.call(message, "battery"))
                    $root.bwc.v1.Battery.encode(message.battery, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage"))
                    $root.bwc.v1.Storage.encode(message.storage, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.gps != null && $Object.hasOwnProperty.call(message, "gps"))
                    $root.bwc.v1.Gps.encode(message.gps, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
                    $root.bwc.v1.Trigger.encode(message.trigger, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.fault != null && $Object.hasOwnProperty.call(message, "fault"))
                    $root.bwc.v1.Fault.encode(message.fault, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Telemetry message, length delimited. Does not implicitly {@link bwc.v1.Telemetry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Telemetry
             * @static
             * @param {bwc.v1.Telemetry.$Properties} message Telemetry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Telemetry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Telemetry message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Telemetry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Telemetry & bwc.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Telemetry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Telemetry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bootId = value;
                            else
                                delete message.bootId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.bwc.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.bwc.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.body = "heartbeat";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.recording = $root.bwc.v1.RecordingEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.recording);
                            message.body = "recording";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.mode = $root.bwc.v1.ModeChange.decode(reader, reader.size(), $undefined, _depth + 1, message.mode);
                            message.body = "mode";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.battery = $root.bwc.v1.Battery.decode(reader, reader.size(), $undefined, _depth + 1, message.battery);
                            message.body = "battery";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.storage = $root.bwc.v1.Storage.decode(reader, reader.size(), $undefined, _depth + 1, message.storage);
                            message.body = "storage";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.gps = $root.bwc.v1.Gps.decode(reader, reader.size(), $undefined, _depth + 1, message.gps);
                            message.body = "gps";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.trigger = $root.bwc.v1.Trigger.decode(reader, reader.size(), $undefined, _depth + 1, message.trigger);
                            message.body = "trigger";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.fault = $root.bwc.v1.Fault.decode(reader, reader.size(), $undefined, _depth + 1, message.fault);
                            message.body = "fault";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Telemetry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Telemetry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Telemetry & bwc.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Telemetry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Telemetry message.
             * @function verify
             * @memberof bwc.v1.Telemetry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Telemetry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    if (!$util.isInteger(message.bootId))
                        return "bootId: integer expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (!$util.isInteger(message.timeMs) && !(message.timeMs && $util.isInteger(message.timeMs.low) && $util.isInteger(message.timeMs.high)))
                        return "timeMs: integer|Long expected";
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    properties.body = 1;
                    {
                        let error = $root.bwc.v1.Hello.verify(message.hello, _depth + 1);
                        if (error)
                            return "hello." + error;
                    }
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.bwc.v1.Heartbeat.verify(message.heartbeat, _depth + 1);
                        if (error)
                            return "heartbeat." + error;
                    }
                }
                if (message.recording != null && $Object.hasOwnProperty.call(message, "recording")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.bwc.v1.RecordingEvent.verify(message.recording, _depth + 1);
                        if (error)
                            return "recording." + error;
                    }
                }
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.bwc.v1.ModeChange.verify(message.mode, _depth + 1);
                        if (error)
                            return "mode." + error;
                    }
                }
                if (message.battery != null && $Object.hasOwnProperty.call(message, "battery")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.bwc.v1.Battery.verify(message.battery, _depth + 1);
                        if (error)
                            return "battery." + error;
                    }
                }
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.bwc.v1.Storage.verify(message.storage, _depth + 1);
                        if (error)
                            return "storage." + error;
                    }
                }
                if (message.gps != null && $Object.hasOwnProperty.call(message, "gps")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.bwc.v1.Gps.verify(message.gps, _depth + 1);
                        if (error)
                            return "gps." + error;
                    }
                }
                if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.bwc.v1.Trigger.verify(message.trigger, _depth + 1);
                        if (error)
                            return "trigger." + error;
                    }
                }
                if (message.fault != null && $Object.hasOwnProperty.call(message, "fault")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.bwc.v1.Fault.verify(message.fault, _depth + 1);
                        if (error)
                            return "fault." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Telemetry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Telemetry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Telemetry} Telemetry
             */
            Telemetry.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Telemetry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Telemetry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Telemetry();
                if (object.deviceId != null)
                    if (typeof object.deviceId !== "string" || object.deviceId.length)
                        message.deviceId = $String(object.deviceId);
                if (object.bootId != null)
                    if ($Number(object.bootId) !== 0)
                        message.bootId = object.bootId >>> 0;
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.timeMs != null)
                    if (typeof object.timeMs === "object" ? object.timeMs.low || object.timeMs.high : $Number(object.timeMs) !== 0)
                        if ($util.Long)
                            message.timeMs = $util.Long.fromValue(object.timeMs, false);
                        else if (typeof object.timeMs === "string")
                            message.timeMs = $parseInt(object.timeMs, 10);
                        else if (typeof object.timeMs === "number")
                            message.timeMs = object.timeMs;
                        else if (typeof object.timeMs === "object")
                            message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber();
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".bwc.v1.Telemetry.hello: object expected");
                    message.hello = $root.bwc.v1.Hello.fromObject(object.hello, _depth + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw $TypeError(".bwc.v1.Telemetry.heartbeat: object expected");
                    message.heartbeat = $root.bwc.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                }
                if (object.recording != null) {
                    if (!$util.isObject(object.recording))
                        throw $TypeError(".bwc.v1.Telemetry.recording: object expected");
                    message.recording = $root.bwc.v1.RecordingEvent.fromObject(object.recording, _depth + 1);
                }
                if (object.mode != null) {
                    if (!$util.isObject(object.mode))
                        throw $TypeError(".bwc.v1.Telemetry.mode: object expected");
                    message.mode = $root.bwc.v1.ModeChange.fromObject(object.mode, _depth + 1);
                }
                if (object.battery != null) {
                    if (!$util.isObject(object.battery))
                        throw $TypeError(".bwc.v1.Telemetry.battery: object expected");
                    message.battery = $root.bwc.v1.Battery.fromObject(object.battery, _depth + 1);
                }
                if (object.storage != null) {
                    if (!$util.isObject(object.storage))
                        throw $TypeError(".bwc.v1.Telemetry.storage: object expected");
                    message.storage = $root.bwc.v1.Storage.fromObject(object.storage, _depth + 1);
                }
                if (object.gps != null) {
                    if (!$util.isObject(object.gps))
                        throw $TypeError(".bwc.v1.Telemetry.gps: object expected");
                    message.gps = $root.bwc.v1.Gps.fromObject(object.gps, _depth + 1);
                }
                if (object.trigger != null) {
                    if (!$util.isObject(object.trigger))
                        throw $TypeError(".bwc.v1.Telemetry.trigger: object expected");
                    message.trigger = $root.bwc.v1.Trigger.fromObject(object.trigger, _depth + 1);
                }
                if (object.fault != null) {
                    if (!$util.isObject(object.fault))
                        throw $TypeError(".bwc.v1.Telemetry.fault: object expected");
                    message.fault = $root.bwc.v1.Fault.fromObject(object.fault, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Telemetry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Telemetry
             * @static
             * @param {bwc.v1.Telemetry} message Telemetry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Telemetry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.deviceId = "";
                    object.bootId = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeMs = typeof message.timeMs === "number" ? $BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeMs === "number")
                        object.timeMs = options.longs === $String ? $String(message.timeMs) : message.timeMs;
                    else
                        object.timeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === $Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber() : message.timeMs;
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.bwc.v1.Hello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.bwc.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "heartbeat";
                }
                if (message.recording != null && $Object.hasOwnProperty.call(message, "recording")) {
                    object.recording = $root.bwc.v1.RecordingEvent.toObject(message.recording, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "recording";
                }
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode")) {
                    object.mode = $root.bwc.v1.ModeChange.toObject(message.mode, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "mode";
                }
                if (message.battery != null && $Object.hasOwnProperty.call(message, "battery")) {
                    object.battery = $root.bwc.v1.Battery.toObject(message.battery, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "battery";
                }
                if (message.storage != null && $Object.hasOwnProperty.call(message, "storage")) {
                    object.storage = $root.bwc.v1.Storage.toObject(message.storage, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "storage";
                }
                if (message.gps != null && $Object.hasOwnProperty.call(message, "gps")) {
                    object.gps = $root.bwc.v1.Gps.toObject(message.gps, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "gps";
                }
                if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger")) {
                    object.trigger = $root.bwc.v1.Trigger.toObject(message.trigger, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "trigger";
                }
                if (message.fault != null && $Object.hasOwnProperty.call(message, "fault")) {
                    object.fault = $root.bwc.v1.Fault.toObject(message.fault, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "fault";
                }
                return object;
            };

            /**
             * Converts this Telemetry to JSON.
             * @function toJSON
             * @memberof bwc.v1.Telemetry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Telemetry.prototype.toJSON = function() {
                return Telemetry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Telemetry
             * @function getTypeUrl
             * @memberof bwc.v1.Telemetry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Telemetry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Telemetry";
            };

            return Telemetry;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} bwc.v1.Hello.$Properties
             * @property {string|null} [firmwareVersion] Hello firmwareVersion
             * @property {string|null} [model] Hello model
             * @property {string|null} [vendor] Hello vendor
             * @property {string|null} [officerId] Hello officerId
             * @property {number|null} [preEventBufferS] Hello preEventBufferS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof bwc.v1
             * @interface IHello
             * @augments bwc.v1.Hello.$Properties
             * @deprecated Use bwc.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {bwc.v1.Hello.$Properties} bwc.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof bwc.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {bwc.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello firmwareVersion.
             * @member {string} firmwareVersion
             * @memberof bwc.v1.Hello
             * @instance
             */
            Hello.prototype.firmwareVersion = "";

            /**
             * Hello model.
             * @member {string} model
             * @memberof bwc.v1.Hello
             * @instance
             */
            Hello.prototype.model = "";

            /**
             * Hello vendor.
             * @member {string} vendor
             * @memberof bwc.v1.Hello
             * @instance
             */
            Hello.prototype.vendor = "";

            /**
             * Hello officerId.
             * @member {string} officerId
             * @memberof bwc.v1.Hello
             * @instance
             */
            Hello.prototype.officerId = "";

            /**
             * Hello preEventBufferS.
             * @member {number} preEventBufferS
             * @memberof bwc.v1.Hello
             * @instance
             */
            Hello.prototype.preEventBufferS = 0;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Hello
             * @static
             * @param {bwc.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Hello} Hello instance
             * @type {{
             *   (properties: bwc.v1.Hello.$Shape): bwc.v1.Hello & bwc.v1.Hello.$Shape;
             *   (properties?: bwc.v1.Hello.$Properties): bwc.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link bwc.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Hello
             * @static
             * @param {bwc.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion") && message.firmwareVersion !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.firmwareVersion);
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.model);
                if (message.vendor != null && $Object.hasOwnProperty.call(message, "vendor") && message.vendor !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.vendor);
                if (message.officerId != null && $Object.hasOwnProperty.call(message, "officerId") && message.officerId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.officerId);
                if (message.preEventBufferS != null && $Object.hasOwnProperty.call(message, "preEventBufferS") && message.preEventBufferS !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.preEventBufferS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link bwc.v1.Hello.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Hello
             * @static
             * @param {bwc.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Hello & bwc.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.firmwareVersion = value;
                            else
                                delete message.firmwareVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vendor = value;
                            else
                                delete message.vendor;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.officerId = value;
                            else
                                delete message.officerId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.preEventBufferS = value;
                            else
                                delete message.preEventBufferS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Hello & bwc.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Hello message.
             * @function verify
             * @memberof bwc.v1.Hello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hello.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion"))
                    if (!$util.isString(message.firmwareVersion))
                        return "firmwareVersion: string expected";
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
                if (message.vendor != null && $Object.hasOwnProperty.call(message, "vendor"))
                    if (!$util.isString(message.vendor))
                        return "vendor: string expected";
                if (message.officerId != null && $Object.hasOwnProperty.call(message, "officerId"))
                    if (!$util.isString(message.officerId))
                        return "officerId: string expected";
                if (message.preEventBufferS != null && $Object.hasOwnProperty.call(message, "preEventBufferS"))
                    if (!$util.isInteger(message.preEventBufferS))
                        return "preEventBufferS: integer expected";
                return null;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Hello} Hello
             */
            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Hello();
                if (object.firmwareVersion != null)
                    if (typeof object.firmwareVersion !== "string" || object.firmwareVersion.length)
                        message.firmwareVersion = $String(object.firmwareVersion);
                if (object.model != null)
                    if (typeof object.model !== "string" || object.model.length)
                        message.model = $String(object.model);
                if (object.vendor != null)
                    if (typeof object.vendor !== "string" || object.vendor.length)
                        message.vendor = $String(object.vendor);
                if (object.officerId != null)
                    if (typeof object.officerId !== "string" || object.officerId.length)
                        message.officerId = $String(object.officerId);
                if (object.preEventBufferS != null)
                    if ($Number(object.preEventBufferS) !== 0)
                        message.preEventBufferS = object.preEventBufferS >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Hello
             * @static
             * @param {bwc.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.firmwareVersion = "";
                    object.model = "";
                    object.vendor = "";
                    object.officerId = "";
                    object.preEventBufferS = 0;
                }
                if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion"))
                    object.firmwareVersion = message.firmwareVersion;
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.vendor != null && $Object.hasOwnProperty.call(message, "vendor"))
                    object.vendor = message.vendor;
                if (message.officerId != null && $Object.hasOwnProperty.call(message, "officerId"))
                    object.officerId = message.officerId;
                if (message.preEventBufferS != null && $Object.hasOwnProperty.call(message, "preEventBufferS"))
                    object.preEventBufferS = message.preEventBufferS;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof bwc.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof bwc.v1.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Hello";
            };

            return Hello;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} bwc.v1.Heartbeat.$Properties
             * @property {bwc.v1.DeviceMode|null} [mode] Heartbeat mode
             * @property {boolean|null} [recording] Heartbeat recording
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof bwc.v1
             * @interface IHeartbeat
             * @augments bwc.v1.Heartbeat.$Properties
             * @deprecated Use bwc.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {bwc.v1.Heartbeat.$Properties} bwc.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof bwc.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {bwc.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat mode.
             * @member {bwc.v1.DeviceMode} mode
             * @memberof bwc.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.mode = 0;

            /**
             * Heartbeat recording.
             * @member {boolean} recording
             * @memberof bwc.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.recording = false;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Heartbeat
             * @static
             * @param {bwc.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: bwc.v1.Heartbeat.$Shape): bwc.v1.Heartbeat & bwc.v1.Heartbeat.$Shape;
             *   (properties?: bwc.v1.Heartbeat.$Properties): bwc.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link bwc.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Heartbeat
             * @static
             * @param {bwc.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.mode);
                if (message.recording != null && $Object.hasOwnProperty.call(message, "recording") && message.recording !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.recording);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link bwc.v1.Heartbeat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Heartbeat
             * @static
             * @param {bwc.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Heartbeat & bwc.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.recording = value;
                            else
                                delete message.recording;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Heartbeat & bwc.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof bwc.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                if (message.recording != null && $Object.hasOwnProperty.call(message, "recording"))
                    if (typeof message.recording !== "boolean")
                        return "recording: boolean expected";
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Heartbeat();
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.bwc.v1.DeviceMode[object.mode] !== 0))
                    switch (object.mode) {
                    case "DEVICE_MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "DEVICE_MODE_OFF":
                    case 1:
                        message.mode = 1;
                        break;
                    case "DEVICE_MODE_READY":
                    case 2:
                        message.mode = 2;
                        break;
                    case "DEVICE_MODE_SLEEP":
                    case 3:
                        message.mode = 3;
                        break;
                    case "DEVICE_MODE_DOCKED":
                    case 4:
                        message.mode = 4;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                if (object.recording != null)
                    if (object.recording)
                        message.recording = $Boolean(object.recording);
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Heartbeat
             * @static
             * @param {bwc.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.mode = options.enums === $String ? "DEVICE_MODE_UNSPECIFIED" : 0;
                    object.recording = false;
                }
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.bwc.v1.DeviceMode[message.mode] === $undefined ? message.mode : $root.bwc.v1.DeviceMode[message.mode] : message.mode;
                if (message.recording != null && $Object.hasOwnProperty.call(message, "recording"))
                    object.recording = message.recording;
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof bwc.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof bwc.v1.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        v1.RecordingEvent = (function() {

            /**
             * Properties of a RecordingEvent.
             * @typedef {Object} bwc.v1.RecordingEvent.$Properties
             * @property {bwc.v1.RecordingAction|null} [action] RecordingEvent action
             * @property {bwc.v1.ActivationSource|null} [source] RecordingEvent source
             * @property {string|null} [recordingId] RecordingEvent recordingId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecordingEvent.
             * @memberof bwc.v1
             * @interface IRecordingEvent
             * @augments bwc.v1.RecordingEvent.$Properties
             * @deprecated Use bwc.v1.RecordingEvent.$Properties instead.
             */

            /**
             * Shape of a RecordingEvent.
             * @typedef {bwc.v1.RecordingEvent.$Properties} bwc.v1.RecordingEvent.$Shape
             */

            /**
             * Constructs a new RecordingEvent.
             * @memberof bwc.v1
             * @classdesc Represents a RecordingEvent.
             * @constructor
             * @param {bwc.v1.RecordingEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecordingEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RecordingEvent action.
             * @member {bwc.v1.RecordingAction} action
             * @memberof bwc.v1.RecordingEvent
             * @instance
             */
            RecordingEvent.prototype.action = 0;

            /**
             * RecordingEvent source.
             * @member {bwc.v1.ActivationSource} source
             * @memberof bwc.v1.RecordingEvent
             * @instance
             */
            RecordingEvent.prototype.source = 0;

            /**
             * RecordingEvent recordingId.
             * @member {string} recordingId
             * @memberof bwc.v1.RecordingEvent
             * @instance
             */
            RecordingEvent.prototype.recordingId = "";

            /**
             * Creates a new RecordingEvent instance using the specified properties.
             * @function create
             * @memberof bwc.v1.RecordingEvent
             * @static
             * @param {bwc.v1.RecordingEvent.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.RecordingEvent} RecordingEvent instance
             * @type {{
             *   (properties: bwc.v1.RecordingEvent.$Shape): bwc.v1.RecordingEvent & bwc.v1.RecordingEvent.$Shape;
             *   (properties?: bwc.v1.RecordingEvent.$Properties): bwc.v1.RecordingEvent;
             * }}
             */
            RecordingEvent.create = function(properties) {
                return new RecordingEvent(properties);
            };

            /**
             * Encodes the specified RecordingEvent message. Does not implicitly {@link bwc.v1.RecordingEvent.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.RecordingEvent
             * @static
             * @param {bwc.v1.RecordingEvent.$Properties} message RecordingEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordingEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.action);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.source);
                if (message.recordingId != null && $Object.hasOwnProperty.call(message, "recordingId") && message.recordingId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.recordingId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RecordingEvent message, length delimited. Does not implicitly {@link bwc.v1.RecordingEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.RecordingEvent
             * @static
             * @param {bwc.v1.RecordingEvent.$Properties} message RecordingEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecordingEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RecordingEvent message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.RecordingEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.RecordingEvent & bwc.v1.RecordingEvent.$Shape} RecordingEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordingEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.RecordingEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.recordingId = value;
                            else
                                delete message.recordingId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RecordingEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.RecordingEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.RecordingEvent & bwc.v1.RecordingEvent.$Shape} RecordingEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecordingEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RecordingEvent message.
             * @function verify
             * @memberof bwc.v1.RecordingEvent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RecordingEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    if (typeof message.action !== "number" || (message.action | 0) !== message.action)
                        return "action: enum value expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (typeof message.source !== "number" || (message.source | 0) !== message.source)
                        return "source: enum value expected";
                if (message.recordingId != null && $Object.hasOwnProperty.call(message, "recordingId"))
                    if (!$util.isString(message.recordingId))
                        return "recordingId: string expected";
                return null;
            };

            /**
             * Creates a RecordingEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.RecordingEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.RecordingEvent} RecordingEvent
             */
            RecordingEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.RecordingEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.RecordingEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.RecordingEvent();
                if (object.action !== 0 && (typeof object.action !== "string" || $root.bwc.v1.RecordingAction[object.action] !== 0))
                    switch (object.action) {
                    case "RECORDING_ACTION_UNSPECIFIED":
                    case 0:
                        message.action = 0;
                        break;
                    case "RECORDING_ACTION_START":
                    case 1:
                        message.action = 1;
                        break;
                    case "RECORDING_ACTION_STOP":
                    case 2:
                        message.action = 2;
                        break;
                    default:
                        if (typeof object.action === "number" && (object.action | 0) === object.action)
                            message.action = object.action;
                    }
                if (object.source !== 0 && (typeof object.source !== "string" || $root.bwc.v1.ActivationSource[object.source] !== 0))
                    switch (object.source) {
                    case "ACTIVATION_SOURCE_UNSPECIFIED":
                    case 0:
                        message.source = 0;
                        break;
                    case "ACTIVATION_SOURCE_BUTTON":
                    case 1:
                        message.source = 1;
                        break;
                    case "ACTIVATION_SOURCE_SIGNAL":
                    case 2:
                        message.source = 2;
                        break;
                    case "ACTIVATION_SOURCE_REMOTE":
                    case 3:
                        message.source = 3;
                        break;
                    default:
                        if (typeof object.source === "number" && (object.source | 0) === object.source)
                            message.source = object.source;
                    }
                if (object.recordingId != null)
                    if (typeof object.recordingId !== "string" || object.recordingId.length)
                        message.recordingId = $String(object.recordingId);
                return message;
            };

            /**
             * Creates a plain object from a RecordingEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.RecordingEvent
             * @static
             * @param {bwc.v1.RecordingEvent} message RecordingEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecordingEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.action = options.enums === $String ? "RECORDING_ACTION_UNSPECIFIED" : 0;
                    object.source = options.enums === $String ? "ACTIVATION_SOURCE_UNSPECIFIED" : 0;
                    object.recordingId = "";
                }
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    object.action = options.enums === $String ? $root.bwc.v1.RecordingAction[message.action] === $undefined ? message.action : $root.bwc.v1.RecordingAction[message.action] : message.action;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = options.enums === $String ? $root.bwc.v1.ActivationSource[message.source] === $undefined ? message.source : $root.bwc.v1.ActivationSource[message.source] : message.source;
                if (message.recordingId != null && $Object.hasOwnProperty.call(message, "recordingId"))
                    object.recordingId = message.recordingId;
                return object;
            };

            /**
             * Converts this RecordingEvent to JSON.
             * @function toJSON
             * @memberof bwc.v1.RecordingEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecordingEvent.prototype.toJSON = function() {
                return RecordingEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RecordingEvent
             * @function getTypeUrl
             * @memberof bwc.v1.RecordingEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RecordingEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.RecordingEvent";
            };

            return RecordingEvent;
        })();

        v1.ModeChange = (function() {

            /**
             * Properties of a ModeChange.
             * @typedef {Object} bwc.v1.ModeChange.$Properties
             * @property {bwc.v1.DeviceMode|null} [mode] ModeChange mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModeChange.
             * @memberof bwc.v1
             * @interface IModeChange
             * @augments bwc.v1.ModeChange.$Properties
             * @deprecated Use bwc.v1.ModeChange.$Properties instead.
             */

            /**
             * Shape of a ModeChange.
             * @typedef {bwc.v1.ModeChange.$Properties} bwc.v1.ModeChange.$Shape
             */

            /**
             * Constructs a new ModeChange.
             * @memberof bwc.v1
             * @classdesc Represents a ModeChange.
             * @constructor
             * @param {bwc.v1.ModeChange.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModeChange = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ModeChange mode.
             * @member {bwc.v1.DeviceMode} mode
             * @memberof bwc.v1.ModeChange
             * @instance
             */
            ModeChange.prototype.mode = 0;

            /**
             * Creates a new ModeChange instance using the specified properties.
             * @function create
             * @memberof bwc.v1.ModeChange
             * @static
             * @param {bwc.v1.ModeChange.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.ModeChange} ModeChange instance
             * @type {{
             *   (properties: bwc.v1.ModeChange.$Shape): bwc.v1.ModeChange & bwc.v1.ModeChange.$Shape;
             *   (properties?: bwc.v1.ModeChange.$Properties): bwc.v1.ModeChange;
             * }}
             */
            ModeChange.create = function(properties) {
                return new ModeChange(properties);
            };

            /**
             * Encodes the specified ModeChange message. Does not implicitly {@link bwc.v1.ModeChange.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.ModeChange
             * @static
             * @param {bwc.v1.ModeChange.$Properties} message ModeChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModeChange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.mode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ModeChange message, length delimited. Does not implicitly {@link bwc.v1.ModeChange.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.ModeChange
             * @static
             * @param {bwc.v1.ModeChange.$Properties} message ModeChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModeChange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ModeChange message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.ModeChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.ModeChange & bwc.v1.ModeChange.$Shape} ModeChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModeChange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.ModeChange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ModeChange message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.ModeChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.ModeChange & bwc.v1.ModeChange.$Shape} ModeChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModeChange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ModeChange message.
             * @function verify
             * @memberof bwc.v1.ModeChange
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModeChange.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                return null;
            };

            /**
             * Creates a ModeChange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.ModeChange
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.ModeChange} ModeChange
             */
            ModeChange.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.ModeChange)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.ModeChange: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.ModeChange();
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.bwc.v1.DeviceMode[object.mode] !== 0))
                    switch (object.mode) {
                    case "DEVICE_MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "DEVICE_MODE_OFF":
                    case 1:
                        message.mode = 1;
                        break;
                    case "DEVICE_MODE_READY":
                    case 2:
                        message.mode = 2;
                        break;
                    case "DEVICE_MODE_SLEEP":
                    case 3:
                        message.mode = 3;
                        break;
                    case "DEVICE_MODE_DOCKED":
                    case 4:
                        message.mode = 4;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                return message;
            };

            /**
             * Creates a plain object from a ModeChange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.ModeChange
             * @static
             * @param {bwc.v1.ModeChange} message ModeChange
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModeChange.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.mode = options.enums === $String ? "DEVICE_MODE_UNSPECIFIED" : 0;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.bwc.v1.DeviceMode[message.mode] === $undefined ? message.mode : $root.bwc.v1.DeviceMode[message.mode] : message.mode;
                return object;
            };

            /**
             * Converts this ModeChange to JSON.
             * @function toJSON
             * @memberof bwc.v1.ModeChange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModeChange.prototype.toJSON = function() {
                return ModeChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ModeChange
             * @function getTypeUrl
             * @memberof bwc.v1.ModeChange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ModeChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.ModeChange";
            };

            return ModeChange;
        })();

        v1.Battery = (function() {

            /**
             * Properties of a Battery.
             * @typedef {Object} bwc.v1.Battery.$Properties
             * @property {number|null} [percent] Battery percent
             * @property {number|null} [millivolts] Battery millivolts
             * @property {boolean|null} [charging] Battery charging
             * @property {number|null} [temperatureC] Battery temperatureC
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Battery.
             * @memberof bwc.v1
             * @interface IBattery
             * @augments bwc.v1.Battery.$Properties
             * @deprecated Use bwc.v1.Battery.$Properties instead.
             */

            /**
             * Shape of a Battery.
             * @typedef {bwc.v1.Battery.$Properties} bwc.v1.Battery.$Shape
             */

            /**
             * Constructs a new Battery.
             * @memberof bwc.v1
             * @classdesc Represents a Battery.
             * @constructor
             * @param {bwc.v1.Battery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Battery = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Battery percent.
             * @member {number} percent
             * @memberof bwc.v1.Battery
             * @instance
             */
            Battery.prototype.percent = 0;

            /**
             * Battery millivolts.
             * @member {number} millivolts
             * @memberof bwc.v1.Battery
             * @instance
             */
            Battery.prototype.millivolts = 0;

            /**
             * Battery charging.
             * @member {boolean} charging
             * @memberof bwc.v1.Battery
             * @instance
             */
            Battery.prototype.charging = false;

            /**
             * Battery temperatureC.
             * @member {number} temperatureC
             * @memberof bwc.v1.Battery
             * @instance
             */
            Battery.prototype.temperatureC = 0;

            /**
             * Creates a new Battery instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Battery
             * @static
             * @param {bwc.v1.Battery.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Battery} Battery instance
             * @type {{
             *   (properties: bwc.v1.Battery.$Shape): bwc.v1.Battery & bwc.v1.Battery.$Shape;
             *   (properties?: bwc.v1.Battery.$Properties): bwc.v1.Battery;
             * }}
             */
            Battery.create = function(properties) {
                return new Battery(properties);
            };

            /**
             * Encodes the specified Battery message. Does not implicitly {@link bwc.v1.Battery.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Battery
             * @static
             * @param {bwc.v1.Battery.$Properties} message Battery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Battery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.percent != null && $Object.hasOwnProperty.call(message, "percent") && message.percent !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.percent);
                if (message.millivolts != null && $Object.hasOwnProperty.call(message, "millivolts") && message.millivolts !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.millivolts);
                if (message.charging != null && $Object.hasOwnProperty.call(message, "charging") && message.charging !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.charging);
                if (message.temperatureC != null && $Object.hasOwnProperty.call(message, "temperatureC") && !$Object.is(message.temperatureC, 0))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.temperatureC);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Battery message, length delimited. Does not implicitly {@link bwc.v1.Battery.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Battery
             * @static
             * @param {bwc.v1.Battery.$Properties} message Battery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Battery.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Battery message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Battery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Battery & bwc.v1.Battery.$Shape} Battery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Battery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Battery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.percent = value;
                            else
                                delete message.percent;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.millivolts = value;
                            else
                                delete message.millivolts;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.charging = value;
                            else
                                delete message.charging;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.temperatureC = value;
                            else
                                delete message.temperatureC;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Battery message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Battery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Battery & bwc.v1.Battery.$Shape} Battery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Battery.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Battery message.
             * @function verify
             * @memberof bwc.v1.Battery
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Battery.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.percent != null && $Object.hasOwnProperty.call(message, "percent"))
                    if (!$util.isInteger(message.percent))
                        return "percent: integer expected";
                if (message.millivolts != null && $Object.hasOwnProperty.call(message, "millivolts"))
                    if (!$util.isInteger(message.millivolts))
                        return "millivolts: integer expected";
                if (message.charging != null && $Object.hasOwnProperty.call(message, "charging"))
                    if (typeof message.charging !== "boolean")
                        return "charging: boolean expected";
                if (message.temperatureC != null && $Object.hasOwnProperty.call(message, "temperatureC"))
                    if (typeof message.temperatureC !== "number")
                        return "temperatureC: number expected";
                return null;
            };

            /**
             * Creates a Battery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Battery
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Battery} Battery
             */
            Battery.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Battery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Battery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Battery();
                if (object.percent != null)
                    if ($Number(object.percent) !== 0)
                        message.percent = object.percent >>> 0;
                if (object.millivolts != null)
                    if ($Number(object.millivolts) !== 0)
                        message.millivolts = object.millivolts >>> 0;
                if (object.charging != null)
                    if (object.charging)
                        message.charging = $Boolean(object.charging);
                if (object.temperatureC != null)
                    if (!$Object.is($Number(object.temperatureC), 0))
                        message.temperatureC = $Number(object.temperatureC);
                return message;
            };

            /**
             * Creates a plain object from a Battery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Battery
             * @static
             * @param {bwc.v1.Battery} message Battery
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Battery.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.percent = 0;
                    object.millivolts = 0;
                    object.charging = false;
                    object.temperatureC = 0;
                }
                if (message.percent != null && $Object.hasOwnProperty.call(message, "percent"))
                    object.percent = message.percent;
                if (message.millivolts != null && $Object.hasOwnProperty.call(message, "millivolts"))
                    object.millivolts = message.millivolts;
                if (message.charging != null && $Object.hasOwnProperty.call(message, "charging"))
                    object.charging = message.charging;
                if (message.temperatureC != null && $Object.hasOwnProperty.call(message, "temperatureC"))
                    object.temperatureC = options.json && !$isFinite(message.temperatureC) ? $String(message.temperatureC) : message.temperatureC;
                return object;
            };

            /**
             * Converts this Battery to JSON.
             * @function toJSON
             * @memberof bwc.v1.Battery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Battery.prototype.toJSON = function() {
                return Battery.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Battery
             * @function getTypeUrl
             * @memberof bwc.v1.Battery
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Battery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Battery";
            };

            return Battery;
        })();

        v1.Storage = (function() {

            /**
             * Properties of a Storage.
             * @typedef {Object} bwc.v1.Storage.$Properties
             * @property {number|null} [totalBytes] Storage totalBytes
             * @property {number|null} [usedBytes] Storage usedBytes
             * @property {number|null} [pendingUploadBytes] Storage pendingUploadBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Storage.
             * @memberof bwc.v1
             * @interface IStorage
             * @augments bwc.v1.Storage.$Properties
             * @deprecated Use bwc.v1.Storage.$Properties instead.
             */

            /**
             * Shape of a Storage.
             * @typedef {bwc.v1.Storage.$Properties} bwc.v1.Storage.$Shape
             */

            /**
             * Constructs a new Storage.
             * @memberof bwc.v1
             * @classdesc Represents a Storage.
             * @constructor
             * @param {bwc.v1.Storage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Storage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Storage totalBytes.
             * @member {number} totalBytes
             * @memberof bwc.v1.Storage
             * @instance
             */
            Storage.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Storage usedBytes.
             * @member {number} usedBytes
             * @memberof bwc.v1.Storage
             * @instance
             */
            Storage.prototype.usedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Storage pendingUploadBytes.
             * @member {number} pendingUploadBytes
             * @memberof bwc.v1.Storage
             * @instance
             */
            Storage.prototype.pendingUploadBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Storage instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Storage
             * @static
             * @param {bwc.v1.Storage.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Storage} Storage instance
             * @type {{
             *   (properties: bwc.v1.Storage.$Shape): bwc.v1.Storage & bwc.v1.Storage.$Shape;
             *   (properties?: bwc.v1.Storage.$Properties): bwc.v1.Storage;
             * }}
             */
            Storage.create = function(properties) {
                return new Storage(properties);
            };

            /**
             * Encodes the specified Storage message. Does not implicitly {@link bwc.v1.Storage.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Storage
             * @static
             * @param {bwc.v1.Storage.$Properties} message Storage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Storage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.totalBytes);
                if (message.usedBytes != null && $Object.hasOwnProperty.call(message, "usedBytes") && (typeof message.usedBytes === "object" ? message.usedBytes.low || message.usedBytes.high : message.usedBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.usedBytes);
                if (message.pendingUploadBytes != null && $Object.hasOwnProperty.call(message, "pendingUploadBytes") && (typeof message.pendingUploadBytes === "object" ? message.pendingUploadBytes.low || message.pendingUploadBytes.high : message.pendingUploadBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.pendingUploadBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Storage message, length delimited. Does not implicitly {@link bwc.v1.Storage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Storage
             * @static
             * @param {bwc.v1.Storage.$Properties} message Storage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Storage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Storage message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Storage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Storage & bwc.v1.Storage.$Shape} Storage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Storage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Storage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalBytes = value;
                            else
                                delete message.totalBytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.usedBytes = value;
                            else
                                delete message.usedBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.pendingUploadBytes = value;
                            else
                                delete message.pendingUploadBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Storage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Storage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Storage & bwc.v1.Storage.$Shape} Storage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Storage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Storage message.
             * @function verify
             * @memberof bwc.v1.Storage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Storage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                    if (!$util.isInteger(message.totalBytes) && !(message.totalBytes && $util.isInteger(message.totalBytes.low) && $util.isInteger(message.totalBytes.high)))
                        return "totalBytes: integer|Long expected";
                if (message.usedBytes != null && $Object.hasOwnProperty.call(message, "usedBytes"))
                    if (!$util.isInteger(message.usedBytes) && !(message.usedBytes && $util.isInteger(message.usedBytes.low) && $util.isInteger(message.usedBytes.high)))
                        return "usedBytes: integer|Long expected";
                if (message.pendingUploadBytes != null && $Object.hasOwnProperty.call(message, "pendingUploadBytes"))
                    if (!$util.isInteger(message.pendingUploadBytes) && !(message.pendingUploadBytes && $util.isInteger(message.pendingUploadBytes.low) && $util.isInteger(message.pendingUploadBytes.high)))
                        return "pendingUploadBytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a Storage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Storage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Storage} Storage
             */
            Storage.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Storage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Storage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Storage();
                if (object.totalBytes != null)
                    if (typeof object.totalBytes === "object" ? object.totalBytes.low || object.totalBytes.high : $Number(object.totalBytes) !== 0)
                        if ($util.Long)
                            message.totalBytes = $util.Long.fromValue(object.totalBytes, true);
                        else if (typeof object.totalBytes === "string")
                            message.totalBytes = $parseInt(object.totalBytes, 10);
                        else if (typeof object.totalBytes === "number")
                            message.totalBytes = object.totalBytes;
                        else if (typeof object.totalBytes === "object")
                            message.totalBytes = new $util.LongBits(object.totalBytes.low >>> 0, object.totalBytes.high >>> 0).toNumber(true);
                if (object.usedBytes != null)
                    if (typeof object.usedBytes === "object" ? object.usedBytes.low || object.usedBytes.high : $Number(object.usedBytes) !== 0)
                        if ($util.Long)
                            message.usedBytes = $util.Long.fromValue(object.usedBytes, true);
                        else if (typeof object.usedBytes === "string")
                            message.usedBytes = $parseInt(object.usedBytes, 10);
                        else if (typeof object.usedBytes === "number")
                            message.usedBytes = object.usedBytes;
                        else if (typeof object.usedBytes === "object")
                            message.usedBytes = new $util.LongBits(object.usedBytes.low >>> 0, object.usedBytes.high >>> 0).toNumber(true);
                if (object.pendingUploadBytes != null)
                    if (typeof object.pendingUploadBytes === "object" ? object.pendingUploadBytes.low || object.pendingUploadBytes.high : $Number(object.pendingUploadBytes) !== 0)
                        if ($util.Long)
                            message.pendingUploadBytes = $util.Long.fromValue(object.pendingUploadBytes, true);
                        else if (typeof object.pendingUploadBytes === "string")
                            message.pendingUploadBytes = $parseInt(object.pendingUploadBytes, 10);
                        else if (typeof object.pendingUploadBytes === "number")
                            message.pendingUploadBytes = object.pendingUploadBytes;
                        else if (typeof object.pendingUploadBytes === "object")
                            message.pendingUploadBytes = new $util.LongBits(object.pendingUploadBytes.low >>> 0, object.pendingUploadBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Storage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Storage
             * @static
             * @param {bwc.v1.Storage} message Storage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Storage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.totalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.usedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.usedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.pendingUploadBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.pendingUploadBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalBytes = typeof message.totalBytes === "number" ? $BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.totalBytes === "number")
                        object.totalBytes = options.longs === $String ? $String(message.totalBytes) : message.totalBytes;
                    else
                        object.totalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === $Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
                if (message.usedBytes != null && $Object.hasOwnProperty.call(message, "usedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.usedBytes = typeof message.usedBytes === "number" ? $BigInt(message.usedBytes) : $util.Long.fromBits(message.usedBytes.low >>> 0, message.usedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.usedBytes === "number")
                        object.usedBytes = options.longs === $String ? $String(message.usedBytes) : message.usedBytes;
                    else
                        object.usedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.usedBytes) : options.longs === $Number ? new $util.LongBits(message.usedBytes.low >>> 0, message.usedBytes.high >>> 0).toNumber(true) : message.usedBytes;
                if (message.pendingUploadBytes != null && $Object.hasOwnProperty.call(message, "pendingUploadBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.pendingUploadBytes = typeof message.pendingUploadBytes === "number" ? $BigInt(message.pendingUploadBytes) : $util.Long.fromBits(message.pendingUploadBytes.low >>> 0, message.pendingUploadBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.pendingUploadBytes === "number")
                        object.pendingUploadBytes = options.longs === $String ? $String(message.pendingUploadBytes) : message.pendingUploadBytes;
                    else
                        object.pendingUploadBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.pendingUploadBytes) : options.longs === $Number ? new $util.LongBits(message.pendingUploadBytes.low >>> 0, message.pendingUploadBytes.high >>> 0).toNumber(true) : message.pendingUploadBytes;
                return object;
            };

            /**
             * Converts this Storage to JSON.
             * @function toJSON
             * @memberof bwc.v1.Storage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Storage.prototype.toJSON = function() {
                return Storage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Storage
             * @function getTypeUrl
             * @memberof bwc.v1.Storage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Storage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Storage";
            };

            return Storage;
        })();

        v1.Gps = (function() {

            /**
             * Properties of a Gps.
             * @typedef {Object} bwc.v1.Gps.$Properties
             * @property {number|null} [lat] Gps lat
             * @property {number|null} [lon] Gps lon
             * @property {number|null} [accuracyM] Gps accuracyM
             * @property {number|null} [speedMps] Gps speedMps
             * @property {number|null} [headingDeg] Gps headingDeg
             * @property {bwc.v1.GpsFix|null} [fix] Gps fix
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Gps.
             * @memberof bwc.v1
             * @interface IGps
             * @augments bwc.v1.Gps.$Properties
             * @deprecated Use bwc.v1.Gps.$Properties instead.
             */

            /**
             * Shape of a Gps.
             * @typedef {bwc.v1.Gps.$Properties} bwc.v1.Gps.$Shape
             */

            /**
             * Constructs a new Gps.
             * @memberof bwc.v1
             * @classdesc Represents a Gps.
             * @constructor
             * @param {bwc.v1.Gps.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Gps = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Gps lat.
             * @member {number} lat
             * @memberof bwc.v1.Gps
             * @instance
             */
            Gps.prototype.lat = 0;

            /**
             * Gps lon.
             * @member {number} lon
             * @memberof bwc.v1.Gps
             * @instance
             */
            Gps.prototype.lon = 0;

            /**
             * Gps accuracyM.
             * @member {number} accuracyM
             * @memberof bwc.v1.Gps
             * @instance
             */
            Gps.prototype.accuracyM = 0;

            /**
             * Gps speedMps.
             * @member {number} speedMps
             * @memberof bwc.v1.Gps
             * @instance
             */
            Gps.prototype.speedMps = 0;

            /**
             * Gps headingDeg.
             * @member {number} headingDeg
             * @memberof bwc.v1.Gps
             * @instance
             */
            Gps.prototype.headingDeg = 0;

            /**
             * Gps fix.
             * @member {bwc.v1.GpsFix} fix
             * @memberof bwc.v1.Gps
             * @instance
             */
            Gps.prototype.fix = 0;

            /**
             * Creates a new Gps instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Gps
             * @static
             * @param {bwc.v1.Gps.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Gps} Gps instance
             * @type {{
             *   (properties: bwc.v1.Gps.$Shape): bwc.v1.Gps & bwc.v1.Gps.$Shape;
             *   (properties?: bwc.v1.Gps.$Properties): bwc.v1.Gps;
             * }}
             */
            Gps.create = function(properties) {
                return new Gps(properties);
            };

            /**
             * Encodes the specified Gps message. Does not implicitly {@link bwc.v1.Gps.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Gps
             * @static
             * @param {bwc.v1.Gps.$Properties} message Gps message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Gps.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat") && !$Object.is(message.lat, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.lat);
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon") && !$Object.is(message.lon, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.lon);
                if (message.accuracyM != null && $Object.hasOwnProperty.call(message, "accuracyM") && !$Object.is(message.accuracyM, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.accuracyM);
                if (message.speedMps != null && $Object.hasOwnProperty.call(message, "speedMps") && !$Object.is(message.speedMps, 0))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.speedMps);
                if (message.headingDeg != null && $Object.hasOwnProperty.call(message, "headingDeg") && !$Object.is(message.headingDeg, 0))
                    writer.uint32(/* id 5, wireType 5 =*/45).float(message.headingDeg);
                if (message.fix != null && $Object.hasOwnProperty.call(message, "fix") && message.fix !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.fix);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Gps message, length delimited. Does not implicitly {@link bwc.v1.Gps.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Gps
             * @static
             * @param {bwc.v1.Gps.$Properties} message Gps message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Gps.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Gps message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Gps
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Gps & bwc.v1.Gps.$Shape} Gps
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Gps.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Gps();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lat = value;
                            else
                                delete message.lat;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lon = value;
                            else
                                delete message.lon;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.accuracyM = value;
                            else
                                delete message.accuracyM;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.speedMps = value;
                            else
                                delete message.speedMps;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.headingDeg = value;
                            else
                                delete message.headingDeg;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fix = value;
                            else
                                delete message.fix;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Gps message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Gps
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Gps & bwc.v1.Gps.$Shape} Gps
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Gps.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Gps message.
             * @function verify
             * @memberof bwc.v1.Gps
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Gps.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    if (typeof message.lat !== "number")
                        return "lat: number expected";
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    if (typeof message.lon !== "number")
                        return "lon: number expected";
                if (message.accuracyM != null && $Object.hasOwnProperty.call(message, "accuracyM"))
                    if (typeof message.accuracyM !== "number")
                        return "accuracyM: number expected";
                if (message.speedMps != null && $Object.hasOwnProperty.call(message, "speedMps"))
                    if (typeof message.speedMps !== "number")
                        return "speedMps: number expected";
                if (message.headingDeg != null && $Object.hasOwnProperty.call(message, "headingDeg"))
                    if (typeof message.headingDeg !== "number")
                        return "headingDeg: number expected";
                if (message.fix != null && $Object.hasOwnProperty.call(message, "fix"))
                    if (typeof message.fix !== "number" || (message.fix | 0) !== message.fix)
                        return "fix: enum value expected";
                return null;
            };

            /**
             * Creates a Gps message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Gps
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Gps} Gps
             */
            Gps.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Gps)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Gps: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Gps();
                if (object.lat != null)
                    if (!$Object.is($Number(object.lat), 0))
                        message.lat = $Number(object.lat);
                if (object.lon != null)
                    if (!$Object.is($Number(object.lon), 0))
                        message.lon = $Number(object.lon);
                if (object.accuracyM != null)
                    if (!$Object.is($Number(object.accuracyM), 0))
                        message.accuracyM = $Number(object.accuracyM);
                if (object.speedMps != null)
                    if (!$Object.is($Number(object.speedMps), 0))
                        message.speedMps = $Number(object.speedMps);
                if (object.headingDeg != null)
                    if (!$Object.is($Number(object.headingDeg), 0))
                        message.headingDeg = $Number(object.headingDeg);
                if (object.fix !== 0 && (typeof object.fix !== "string" || $root.bwc.v1.GpsFix[object.fix] !== 0))
                    switch (object.fix) {
                    case "GPS_FIX_UNSPECIFIED":
                    case 0:
                        message.fix = 0;
                        break;
                    case "GPS_FIX_NONE":
                    case 1:
                        message.fix = 1;
                        break;
                    case "GPS_FIX_2D":
                    case 2:
                        message.fix = 2;
                        break;
                    case "GPS_FIX_3D":
                    case 3:
                        message.fix = 3;
                        break;
                    default:
                        if (typeof object.fix === "number" && (object.fix | 0) === object.fix)
                            message.fix = object.fix;
                    }
                return message;
            };

            /**
             * Creates a plain object from a Gps message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Gps
             * @static
             * @param {bwc.v1.Gps} message Gps
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Gps.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.lat = 0;
                    object.lon = 0;
                    object.accuracyM = 0;
                    object.speedMps = 0;
                    object.headingDeg = 0;
                    object.fix = options.enums === $String ? "GPS_FIX_UNSPECIFIED" : 0;
                }
                if (message.lat != null && $Object.hasOwnProperty.call(message, "lat"))
                    object.lat = options.json && !$isFinite(message.lat) ? $String(message.lat) : message.lat;
                if (message.lon != null && $Object.hasOwnProperty.call(message, "lon"))
                    object.lon = options.json && !$isFinite(message.lon) ? $String(message.lon) : message.lon;
                if (message.accuracyM != null && $Object.hasOwnProperty.call(message, "accuracyM"))
                    object.accuracyM = options.json && !$isFinite(message.accuracyM) ? $String(message.accuracyM) : message.accuracyM;
                if (message.speedMps != null && $Object.hasOwnProperty.call(message, "speedMps"))
                    object.speedMps = options.json && !$isFinite(message.speedMps) ? $String(message.speedMps) : message.speedMps;
                if (message.headingDeg != null && $Object.hasOwnProperty.call(message, "headingDeg"))
                    object.headingDeg = options.json && !$isFinite(message.headingDeg) ? $String(message.headingDeg) : message.headingDeg;
                if (message.fix != null && $Object.hasOwnProperty.call(message, "fix"))
                    object.fix = options.enums === $String ? $root.bwc.v1.GpsFix[message.fix] === $undefined ? message.fix : $root.bwc.v1.GpsFix[message.fix] : message.fix;
                return object;
            };

            /**
             * Converts this Gps to JSON.
             * @function toJSON
             * @memberof bwc.v1.Gps
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Gps.prototype.toJSON = function() {
                return Gps.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Gps
             * @function getTypeUrl
             * @memberof bwc.v1.Gps
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Gps.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Gps";
            };

            return Gps;
        })();

        v1.Trigger = (function() {

            /**
             * Properties of a Trigger.
             * @typedef {Object} bwc.v1.Trigger.$Properties
             * @property {bwc.v1.TriggerKind|null} [kind] Trigger kind
             * @property {string|null} [sourceId] Trigger sourceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Trigger.
             * @memberof bwc.v1
             * @interface ITrigger
             * @augments bwc.v1.Trigger.$Properties
             * @deprecated Use bwc.v1.Trigger.$Properties instead.
             */

            /**
             * Shape of a Trigger.
             * @typedef {bwc.v1.Trigger.$Properties} bwc.v1.Trigger.$Shape
             */

            /**
             * Constructs a new Trigger.
             * @memberof bwc.v1
             * @classdesc Represents a Trigger.
             * @constructor
             * @param {bwc.v1.Trigger.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Trigger = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Trigger kind.
             * @member {bwc.v1.TriggerKind} kind
             * @memberof bwc.v1.Trigger
             * @instance
             */
            Trigger.prototype.kind = 0;

            /**
             * Trigger sourceId.
             * @member {string} sourceId
             * @memberof bwc.v1.Trigger
             * @instance
             */
            Trigger.prototype.sourceId = "";

            /**
             * Creates a new Trigger instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Trigger
             * @static
             * @param {bwc.v1.Trigger.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Trigger} Trigger instance
             * @type {{
             *   (properties: bwc.v1.Trigger.$Shape): bwc.v1.Trigger & bwc.v1.Trigger.$Shape;
             *   (properties?: bwc.v1.Trigger.$Properties): bwc.v1.Trigger;
             * }}
             */
            Trigger.create = function(properties) {
                return new Trigger(properties);
            };

            /**
             * Encodes the specified Trigger message. Does not implicitly {@link bwc.v1.Trigger.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Trigger
             * @static
             * @param {bwc.v1.Trigger.$Properties} message Trigger message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Trigger.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.sourceId != null && $Object.hasOwnProperty.call(message, "sourceId") && message.sourceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sourceId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Trigger message, length delimited. Does not implicitly {@link bwc.v1.Trigger.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Trigger
             * @static
             * @param {bwc.v1.Trigger.$Properties} message Trigger message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Trigger.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Trigger message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Trigger
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Trigger & bwc.v1.Trigger.$Shape} Trigger
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Trigger.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Trigger();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceId = value;
                            else
                                delete message.sourceId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Trigger message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Trigger
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Trigger & bwc.v1.Trigger.$Shape} Trigger
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Trigger.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Trigger message.
             * @function verify
             * @memberof bwc.v1.Trigger
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Trigger.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.sourceId != null && $Object.hasOwnProperty.call(message, "sourceId"))
                    if (!$util.isString(message.sourceId))
                        return "sourceId: string expected";
                return null;
            };

            /**
             * Creates a Trigger message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Trigger
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Trigger} Trigger
             */
            Trigger.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Trigger)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Trigger: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Trigger();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.bwc.v1.TriggerKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "TRIGGER_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "TRIGGER_KIND_HOLSTER_DRAW":
                    case 1:
                        message.kind = 1;
                        break;
                    case "TRIGGER_KIND_LIGHTBAR":
                    case 2:
                        message.kind = 2;
                        break;
                    case "TRIGGER_KIND_SIREN":
                    case 3:
                        message.kind = 3;
                        break;
                    case "TRIGGER_KIND_TASER_ARMED":
                    case 4:
                        message.kind = 4;
                        break;
                    case "TRIGGER_KIND_DOOR_OPEN":
                    case 5:
                        message.kind = 5;
                        break;
                    case "TRIGGER_KIND_CRASH":
                    case 6:
                        message.kind = 6;
                        break;
                    case "TRIGGER_KIND_SPEED":
                    case 7:
                        message.kind = 7;
                        break;
                    case "TRIGGER_KIND_GUNSHOT":
                    case 8:
                        message.kind = 8;
                        break;
                    case "TRIGGER_KIND_MANUAL_MARKER":
                    case 9:
                        message.kind = 9;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.sourceId != null)
                    if (typeof object.sourceId !== "string" || object.sourceId.length)
                        message.sourceId = $String(object.sourceId);
                return message;
            };

            /**
             * Creates a plain object from a Trigger message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Trigger
             * @static
             * @param {bwc.v1.Trigger} message Trigger
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Trigger.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "TRIGGER_KIND_UNSPECIFIED" : 0;
                    object.sourceId = "";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.bwc.v1.TriggerKind[message.kind] === $undefined ? message.kind : $root.bwc.v1.TriggerKind[message.kind] : message.kind;
                if (message.sourceId != null && $Object.hasOwnProperty.call(message, "sourceId"))
                    object.sourceId = message.sourceId;
                return object;
            };

            /**
             * Converts this Trigger to JSON.
             * @function toJSON
             * @memberof bwc.v1.Trigger
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Trigger.prototype.toJSON = function() {
                return Trigger.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Trigger
             * @function getTypeUrl
             * @memberof bwc.v1.Trigger
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Trigger.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Trigger";
            };

            return Trigger;
        })();

        v1.Fault = (function() {

            /**
             * Properties of a Fault.
             * @typedef {Object} bwc.v1.Fault.$Properties
             * @property {string|null} [code] Fault code
             * @property {string|null} [message] Fault message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Fault.
             * @memberof bwc.v1
             * @interface IFault
             * @augments bwc.v1.Fault.$Properties
             * @deprecated Use bwc.v1.Fault.$Properties instead.
             */

            /**
             * Shape of a Fault.
             * @typedef {bwc.v1.Fault.$Properties} bwc.v1.Fault.$Shape
             */

            /**
             * Constructs a new Fault.
             * @memberof bwc.v1
             * @classdesc Represents a Fault.
             * @constructor
             * @param {bwc.v1.Fault.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Fault = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Fault code.
             * @member {string} code
             * @memberof bwc.v1.Fault
             * @instance
             */
            Fault.prototype.code = "";

            /**
             * Fault message.
             * @member {string} message
             * @memberof bwc.v1.Fault
             * @instance
             */
            Fault.prototype.message = "";

            /**
             * Creates a new Fault instance using the specified properties.
             * @function create
             * @memberof bwc.v1.Fault
             * @static
             * @param {bwc.v1.Fault.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.Fault} Fault instance
             * @type {{
             *   (properties: bwc.v1.Fault.$Shape): bwc.v1.Fault & bwc.v1.Fault.$Shape;
             *   (properties?: bwc.v1.Fault.$Properties): bwc.v1.Fault;
             * }}
             */
            Fault.create = function(properties) {
                return new Fault(properties);
            };

            /**
             * Encodes the specified Fault message. Does not implicitly {@link bwc.v1.Fault.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.Fault
             * @static
             * @param {bwc.v1.Fault.$Properties} message Fault message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Fault.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Fault message, length delimited. Does not implicitly {@link bwc.v1.Fault.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.Fault
             * @static
             * @param {bwc.v1.Fault.$Properties} message Fault message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Fault.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Fault message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.Fault
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.Fault & bwc.v1.Fault.$Shape} Fault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Fault.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.Fault();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Fault message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.Fault
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.Fault & bwc.v1.Fault.$Shape} Fault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Fault.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Fault message.
             * @function verify
             * @memberof bwc.v1.Fault
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Fault.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a Fault message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.Fault
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.Fault} Fault
             */
            Fault.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.Fault)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.Fault: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.Fault();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a Fault message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.Fault
             * @static
             * @param {bwc.v1.Fault} message Fault
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Fault.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this Fault to JSON.
             * @function toJSON
             * @memberof bwc.v1.Fault
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Fault.prototype.toJSON = function() {
                return Fault.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Fault
             * @function getTypeUrl
             * @memberof bwc.v1.Fault
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Fault.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.Fault";
            };

            return Fault;
        })();

        v1.TelemetryBatch = (function() {

            /**
             * Properties of a TelemetryBatch.
             * @typedef {Object} bwc.v1.TelemetryBatch.$Properties
             * @property {Array.<bwc.v1.Telemetry.$Properties>|null} [items] TelemetryBatch items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TelemetryBatch.
             * @memberof bwc.v1
             * @interface ITelemetryBatch
             * @augments bwc.v1.TelemetryBatch.$Properties
             * @deprecated Use bwc.v1.TelemetryBatch.$Properties instead.
             */

            /**
             * Shape of a TelemetryBatch.
             * @typedef {{
             *   items?: Array.<bwc.v1.Telemetry.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} bwc.v1.TelemetryBatch.$Shape
             */

            /**
             * Constructs a new TelemetryBatch.
             * @memberof bwc.v1
             * @classdesc Represents a TelemetryBatch.
             * @constructor
             * @param {bwc.v1.TelemetryBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TelemetryBatch = function (properties) {
                this.items = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TelemetryBatch items.
             * @member {Array.<bwc.v1.Telemetry.$Properties>} items
             * @memberof bwc.v1.TelemetryBatch
             * @instance
             */
            TelemetryBatch.prototype.items = $util.emptyArray;

            /**
             * Creates a new TelemetryBatch instance using the specified properties.
             * @function create
             * @memberof bwc.v1.TelemetryBatch
             * @static
             * @param {bwc.v1.TelemetryBatch.$Properties=} [properties] Properties to set
             * @returns {bwc.v1.TelemetryBatch} TelemetryBatch instance
             * @type {{
             *   (properties: bwc.v1.TelemetryBatch.$Shape): bwc.v1.TelemetryBatch & bwc.v1.TelemetryBatch.$Shape;
             *   (properties?: bwc.v1.TelemetryBatch.$Properties): bwc.v1.TelemetryBatch;
             * }}
             */
            TelemetryBatch.create = function(properties) {
                return new TelemetryBatch(properties);
            };

            /**
             * Encodes the specified TelemetryBatch message. Does not implicitly {@link bwc.v1.TelemetryBatch.verify|verify} messages.
             * @function encode
             * @memberof bwc.v1.TelemetryBatch
             * @static
             * @param {bwc.v1.TelemetryBatch.$Properties} message TelemetryBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TelemetryBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        $root.bwc.v1.Telemetry.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TelemetryBatch message, length delimited. Does not implicitly {@link bwc.v1.TelemetryBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof bwc.v1.TelemetryBatch
             * @static
             * @param {bwc.v1.TelemetryBatch.$Properties} message TelemetryBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TelemetryBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TelemetryBatch message from the specified reader or buffer.
             * @function decode
             * @memberof bwc.v1.TelemetryBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bwc.v1.TelemetryBatch & bwc.v1.TelemetryBatch.$Shape} TelemetryBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TelemetryBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bwc.v1.TelemetryBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push($root.bwc.v1.Telemetry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TelemetryBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof bwc.v1.TelemetryBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {bwc.v1.TelemetryBatch & bwc.v1.TelemetryBatch.$Shape} TelemetryBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TelemetryBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TelemetryBatch message.
             * @function verify
             * @memberof bwc.v1.TelemetryBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TelemetryBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.items != null && $Object.hasOwnProperty.call(message, "items")) {
                    if (!$Array.isArray(message.items))
                        return "items: array expected";
                    for (let i = 0; i < message.items.length; ++i) {
                        let error = $root.bwc.v1.Telemetry.verify(message.items[i], _depth + 1);
                        if (error)
                            return "items." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a TelemetryBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof bwc.v1.TelemetryBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {bwc.v1.TelemetryBatch} TelemetryBatch
             */
            TelemetryBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.bwc.v1.TelemetryBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".bwc.v1.TelemetryBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.bwc.v1.TelemetryBatch();
                if (object.items) {
                    if (!$Array.isArray(object.items))
                        throw $TypeError(".bwc.v1.TelemetryBatch.items: array expected");
                    message.items = $Array(object.items.length);
                    for (let i = 0; i < object.items.length; ++i) {
                        if (!$util.isObject(object.items[i]))
                            throw $TypeError(".bwc.v1.TelemetryBatch.items: object expected");
                        message.items[i] = $root.bwc.v1.Telemetry.fromObject(object.items[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a TelemetryBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof bwc.v1.TelemetryBatch
             * @static
             * @param {bwc.v1.TelemetryBatch} message TelemetryBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TelemetryBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.items = [];
                if (message.items && message.items.length) {
                    object.items = $Array(message.items.length);
                    for (let j = 0; j < message.items.length; ++j)
                        object.items[j] = $root.bwc.v1.Telemetry.toObject(message.items[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this TelemetryBatch to JSON.
             * @function toJSON
             * @memberof bwc.v1.TelemetryBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TelemetryBatch.prototype.toJSON = function() {
                return TelemetryBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TelemetryBatch
             * @function getTypeUrl
             * @memberof bwc.v1.TelemetryBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TelemetryBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bwc.v1.TelemetryBatch";
            };

            return TelemetryBatch;
        })();

        return v1;
    })();

    return bwc;
})();

export {
  $root as default
};
