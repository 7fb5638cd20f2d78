package dev.vouchkit.voucherify.autoconfigure.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application a user's {@code @WebClientTest} finds, as in any Boot project.
 */
@SpringBootApplication
class SliceTestApplication {

}
