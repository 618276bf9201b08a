package io.coachline.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What is sent is what is stored, and no more than the cap. */
class TranscriptTest {

    @Test
    void piecesAreKeptUntilTheCapAndWhatWasAcceptedIsTheText() {
        Transcript transcript = new Transcript(10);
        StringBuilder sent = new StringBuilder();
        for (String piece : new String[] {"Rest ", "tomorrow", ", then", " easy"}) {
            sent.append(transcript.add(piece));
        }
        assertEquals("Rest tomor", transcript.text());
        assertEquals(transcript.text(), sent.toString());
        assertTrue(transcript.cut());
        assertEquals("", transcript.add("more"));
    }

    @Test
    void underTheCapNothingIsCut() {
        Transcript transcript = new Transcript(100);
        assertTrue(transcript.isEmpty());
        assertEquals("fine", transcript.add("fine"));
        assertFalse(transcript.cut());
        assertFalse(transcript.isEmpty());
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        assertEquals("ab", Transcript.cap("ab\uD83C\uDFC3c", 3));
        assertEquals("ab\uD83C\uDFC3", Transcript.cap("ab\uD83C\uDFC3c", 4));
        assertEquals("", Transcript.cap(null, 3));
        assertEquals("", Transcript.cap("abc", -1));
    }
}
