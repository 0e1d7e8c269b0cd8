package org.survivorvoice.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.time.Clock;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.survivorvoice.common.web.RequestWindows;

/**
 * What a second replica of the application brings to the counts it shares with this one: its own
 * connections to the same database and its own {@link RequestWindows}. Those counters keep nothing
 * in memory (their fields are the data source, the clock and the key every replica derives alike),
 * so a second object graph over a second connection behaves as a second process would; a packaged
 * second process ({@code TwoInstancesIT}) would test the same thing at ten times the cost.
 */
public final class SecondReplica {

    private SecondReplica() {}

    /** Plain driver connections to the test database, apart from the application's pool. */
    public static DataSource database() {
        var config = ConfigProvider.getConfig();
        MysqlDataSource source = new MysqlDataSource();
        source.setUrl(config.getValue("quarkus.datasource.jdbc.url", String.class));
        source.setUser(config.getValue("quarkus.datasource.username", String.class));
        source.setPassword(
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        return source;
    }

    /** The second replica's request windows, over its own connections. */
    public static RequestWindows requestWindows(Clock clock) {
        return new RequestWindows(
                database(),
                clock,
                ConfigProvider.getConfig()
                        .getValue("survivor-voice.vault.index-key", String.class));
    }
}
