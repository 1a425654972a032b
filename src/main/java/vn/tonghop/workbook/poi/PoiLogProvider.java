package vn.tonghop.workbook.poi;

import java.net.URI;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogBuilder;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.message.ParameterizedMessageFactory;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.LoggerRegistry;
import org.apache.logging.log4j.spi.Provider;
import org.apache.logging.slf4j.SLF4JLogger;
import org.slf4j.LoggerFactory;

/**
 * Sends what POI logs through the Log4j API to SLF4J (Logback) as log4j-to-slf4j does, but checks the level before a
 * message is built. Under Logback, log4j-to-slf4j hands out a log builder whatever the level and only checks it once
 * the message exists, so POI built a trace message for every formula cell of every .xls file it read (a JSON dump of
 * the cell's records), about a sixth of the check threads' time at 60,000 files. Chosen by {@code log4j.provider}
 * in {@code log4j2.component.properties}.
 */
public final class PoiLogProvider extends Provider {

    public PoiLogProvider() {
        super(20, "2.6.0", ContextFactory.class);
    }

    /** The one logger context; Logback keeps the configuration, so there is nothing per class loader. */
    public static final class ContextFactory implements LoggerContextFactory {

        private final Context context = new Context();

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext,
                                        boolean currentContext) {
            return context;
        }

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext,
                                        boolean currentContext, URI configLocation, String name) {
            return context;
        }

        @Override
        public void removeContext(LoggerContext removed) {
            // the context lives as long as the program
        }

        @Override
        public boolean isClassLoaderDependent() {
            return false;
        }
    }

    private static final class Context implements LoggerContext {

        private final LoggerRegistry<ExtendedLogger> loggers = new LoggerRegistry<>();

        @Override
        public Object getExternalContext() {
            return null;
        }

        @Override
        public ExtendedLogger getLogger(String name) {
            return getLogger(name, null);
        }

        @Override
        public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
            MessageFactory factory = messageFactory == null ? ParameterizedMessageFactory.INSTANCE : messageFactory;
            ExtendedLogger logger = loggers.getLogger(name, factory);
            if (logger == null) {
                loggers.putIfAbsent(name, factory, new LevelFirstLogger(name, factory));
                logger = loggers.getLogger(name, factory);
            }
            return logger;
        }

        @Override
        public boolean hasLogger(String name) {
            return loggers.hasLogger(name);
        }

        @Override
        public boolean hasLogger(String name, MessageFactory messageFactory) {
            return loggers.hasLogger(name, messageFactory);
        }

        @Override
        public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
            return loggers.hasLogger(name, messageFactoryClass);
        }
    }

    /** A logger whose builders at a disabled level do nothing, so suppliers given to them are never called. */
    static final class LevelFirstLogger extends SLF4JLogger {

        LevelFirstLogger(String name, MessageFactory messageFactory) {
            super(name, messageFactory, LoggerFactory.getLogger(name));
        }

        @Override
        public LogBuilder atLevel(Level level) {
            return isEnabled(level) ? super.atLevel(level) : LogBuilder.NOOP;
        }
    }
}
