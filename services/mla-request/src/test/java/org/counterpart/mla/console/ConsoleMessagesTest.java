package org.counterpart.mla.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.counterpart.console.MessageFiles;
import org.junit.jupiter.api.Test;

/**
 * The console speaks each of its languages completely: every text of {@link ConsoleMessages} and every
 * name of {@link VocabularyLabels} has a translation, and no translation names a text that is gone.
 */
class ConsoleMessagesTest {

    @Test
    void malayHasEveryTextOfTheConsole() throws IOException {
        Set<String> texts = Arrays.stream(ConsoleMessages.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Message.class)).map(java.lang.reflect.Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(texts, MessageFiles.keys("messages/msg_ms.properties"));
    }

    @Test
    void malayNamesEveryConstantOfTheVocabularyEnglishNames() throws IOException {
        assertEquals(MessageFiles.keys("messages/voc.properties"), MessageFiles.keys("messages/voc_ms.properties"));
    }
}
