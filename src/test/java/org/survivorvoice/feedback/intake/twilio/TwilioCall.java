package org.survivorvoice.feedback.intake.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.survivorvoice.feedback.intake.sms.SmsRecords;

/**
 * One call as Twilio drives it: the same CallSid, signed requests to the URLs the TwiML names, the
 * parameters Twilio's Voice webhooks carry. Incoming calls come from her number to ours; calls the
 * outbox placed ({@code outbound-api}) go from ours to hers.
 */
public final class TwilioCall {

    /** Our number, as the test profile configures it for outbound calls. */
    public static final String OUR_NUMBER = "+15005550006";

    private final String sid;
    private final String from;
    private final String to;
    private final String direction;

    private TwilioCall(String sid, String from, String to, String direction) {
        this.sid = sid;
        this.from = from;
        this.to = to;
        this.direction = direction;
    }

    /** A call from her phone to the programme's number. */
    public static TwilioCall incoming(String from) {
        return new TwilioCall(
                "CA" + SmsRecords.messageSid().substring(2), from, "+918000000000", "inbound");
    }

    /** The call the outbox placed to her phone under this CallSid. */
    public static TwilioCall placed(String callSid, String to) {
        return new TwilioCall(callSid, OUR_NUMBER, to, "outbound-api");
    }

    public String sid() {
        return sid;
    }

    /** Twilio asks for the call's first TwiML. */
    public TwimlXml answer() {
        return post("/twilio/voice", params(null));
    }

    /** Keys pressed at the prompt's Gather. */
    public TwimlXml press(TwimlXml prompt, String digits) {
        return post(path(prompt.text("/Response/Gather/@action")), params(digits));
    }

    /** Nothing pressed: Twilio follows the Redirect after the Gather. */
    public TwimlXml timeout(TwimlXml prompt) {
        return post(path(prompt.text("/Response/Redirect")), params(null));
    }

    /** A recorded comment finished at the prompt's Record. */
    public TwimlXml record(TwimlXml prompt, String recordingSid) {
        Map<String, String> params = params("#");
        params.put("RecordingSid", recordingSid);
        params.put("RecordingDuration", "7");
        return post(path(prompt.text("/Response/Record/@action")), params);
    }

    /**
     * The same signed answer request sent {@code copies} times at once; the bodies of the answers.
     */
    public List<Response> answerConcurrently(int copies) throws InterruptedException {
        return concurrently("/twilio/voice", params(null), copies);
    }

    /** The same signed key press sent {@code copies} times at once (replays racing each other). */
    public List<Response> pressConcurrently(TwimlXml prompt, String digits, int copies)
            throws InterruptedException {
        return concurrently(path(prompt.text("/Response/Gather/@action")), params(digits), copies);
    }

    private static List<Response> concurrently(String path, Map<String, String> params, int copies)
            throws InterruptedException {
        ExecutorService senders = Executors.newFixedThreadPool(copies);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Response>> all = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            all.add(
                    () -> {
                        start.await();
                        return TwilioRequests.post(path, params);
                    });
        }
        List<Future<Response>> futures = new ArrayList<>();
        for (Callable<Response> one : all) {
            futures.add(senders.submit(one));
        }
        start.countDown();
        List<Response> answers = new ArrayList<>();
        try {
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            senders.shutdown();
        }
        return answers;
    }

    /** Twilio's call-status callback with the given status; returns the answer. */
    public Response status(String callStatus) {
        Map<String, String> params = params(null);
        params.put("CallStatus", callStatus);
        params.put("CallDuration", "42");
        params.put("Timestamp", "Mon, 23 Nov 2026 06:30:00 +0000");
        params.put("CallbackSource", "call-progress-events");
        params.put("SequenceNumber", "3");
        return TwilioRequests.post("/twilio/voice/status", params);
    }

    private Map<String, String> params(String digits) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", "AC00000000000000000000000000000000");
        params.put("ApiVersion", "2010-04-01");
        params.put("CallSid", sid);
        params.put("CallStatus", "in-progress");
        params.put("Called", to);
        params.put("Caller", from);
        params.put("Direction", direction);
        params.put("From", from);
        params.put("To", to);
        if (digits != null) {
            params.put("Digits", digits);
            params.put("FinishedOnKey", digits.endsWith("#") ? "#" : "");
        }
        return params;
    }

    private static String path(String url) {
        assertThat(url).startsWith(TwilioRequests.BASE_URL).doesNotContain("+91");
        return url.substring(TwilioRequests.BASE_URL.length());
    }

    private static TwimlXml post(String path, Map<String, String> params) {
        Response response = TwilioRequests.post(path, params);
        assertThat(response.statusCode()).isEqualTo(200);
        return TwimlXml.parse(response.asString());
    }
}
